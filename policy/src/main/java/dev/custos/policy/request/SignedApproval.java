package dev.custos.policy.request;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An approval as received with a request: who claims to approve, for which policy version, until when, and the Ed25519
 * signature over the approval digest v2 ({@code dev.custos.policy.approval.digest.ApprovalDigest}).
 *
 * @param approver the approver's name in the policy
 * @param policyVersion the policy version the approver saw
 * @param expiresAt after this instant the approval does not count
 * @param signature 64-byte Ed25519 signature
 */
public record SignedApproval(String approver, long policyVersion, Instant expiresAt, byte[] signature) {
    public static final int SIGNATURE_LENGTH = 64;

    public SignedApproval {
        Objects.requireNonNull(approver, "approver is null");
        Objects.requireNonNull(expiresAt, "expiresAt is null");
        Objects.requireNonNull(signature, "signature is null");
        if (signature.length != SIGNATURE_LENGTH) {
            throw new IllegalArgumentException(
                    "approval by " + approver + ": signature must be 64 bytes, got " + signature.length);
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedApproval that
                && approver.equals(that.approver)
                && policyVersion == that.policyVersion
                && expiresAt.equals(that.expiresAt)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(approver, policyVersion, expiresAt, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "SignedApproval[" + approver + ", policy " + policyVersion + ", expires " + expiresAt + ", signature "
                + HexFormat.of().formatHex(signature) + "]";
    }
}
