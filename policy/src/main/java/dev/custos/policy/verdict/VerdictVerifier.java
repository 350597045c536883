package dev.custos.policy.verdict;

import dev.custos.policy.approval.Ed25519Verification;
import dev.custos.policy.model.Policy;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a detection verdict against the policy's verdict key, the digest of the request being decided and the
 * evaluator's own clock. Checks in order: present, the policy names a key, bound to this request, signed by that key,
 * issued no later than now, not expired.
 */
public final class VerdictVerifier {
    private VerdictVerifier() {}

    public static VerdictCheck verify(
            Policy policy, Optional<SignedVerdict> verdict, byte[] requestDigest, Instant now) {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(verdict, "verdict is null");
        Objects.requireNonNull(requestDigest, "requestDigest is null");
        Objects.requireNonNull(now, "now is null");
        if (verdict.isEmpty()) {
            return VerdictCheck.failed(VerdictStatus.MISSING, "no signed detection verdict was attached");
        }
        SignedVerdict signed = verdict.get();
        Optional<byte[]> key = policy.detection().verdictKey();
        if (key.isEmpty()) {
            return VerdictCheck.failed(
                    VerdictStatus.NO_KEY, "the policy names no detection verdict_key, so no verdict can verify");
        }
        if (!MessageDigest.isEqual(signed.requestDigest(), requestDigest)) {
            return VerdictCheck.failed(
                    VerdictStatus.DIGEST_MISMATCH,
                    "the verdict is for request digest " + HexFormat.of().formatHex(signed.requestDigest())
                            + ", this request's digest is " + HexFormat.of().formatHex(requestDigest));
        }
        if (!Ed25519Verification.verify(key.get(), signed.signedMessage(), signed.signature())) {
            return VerdictCheck.failed(
                    VerdictStatus.WRONG_KEY, "the verdict's signature does not verify with the policy's verdict_key");
        }
        if (signed.issuedAt().isAfter(now)) {
            return VerdictCheck.failed(
                    VerdictStatus.NOT_YET_VALID,
                    "the verdict is issued at " + signed.issuedAt() + ", after the evaluator's time " + now);
        }
        if (!now.isBefore(signed.expiresAt())) {
            return VerdictCheck.failed(VerdictStatus.EXPIRED, "the verdict expired at " + signed.expiresAt());
        }
        return new VerdictCheck(
                VerdictStatus.VERIFIED,
                Optional.of(signed.score()),
                signed.reasons(),
                "verdict verified: score " + signed.score());
    }
}
