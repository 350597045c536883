package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The detection service's signed verdict as the coordinator forwards it with a signing job. The node trusts none of
 * it: the signature must verify with the verdict key of the installed policy, the request digest must be the one the
 * node computes for this request, and the node's clock must fall in {@code [issuedAt, expiresAt)}
 * (docs/POLICY.md, "The detection verdict").
 *
 * @param requestDigest the 32-byte digest of the request the verdict is about
 * @param score 0 (no risk) to 100
 * @param reasons at most {@value #MAX_REASONS} reasons, each at most {@value #MAX_REASON_LENGTH} characters, as
 *     detection signed them (any text but an unpaired surrogate, which UTF-8 cannot carry)
 * @param issuedAt when detection issued it (whole seconds)
 * @param expiresAt when it stops counting (whole seconds, after {@code issuedAt})
 * @param signature the 64-byte Ed25519 signature
 */
public record DetectionVerdict(
        byte[] requestDigest, int score, List<String> reasons, Instant issuedAt, Instant expiresAt, byte[] signature) {
    public static final int DIGEST_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;
    public static final int MAX_REASONS = 64;
    public static final int MAX_REASON_LENGTH = 1024;

    public DetectionVerdict {
        requireNonNull(requestDigest, "requestDigest is null");
        requireNonNull(reasons, "reasons is null");
        requireNonNull(issuedAt, "issuedAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(signature, "signature is null");
        if (requestDigest.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException(
                    "a verdict's request digest is " + DIGEST_LENGTH + " bytes, got " + requestDigest.length);
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a verdict's score is 0 to 100, got " + score);
        }
        if (reasons.size() > MAX_REASONS) {
            throw new IllegalArgumentException(
                    "a verdict has at most " + MAX_REASONS + " reasons, got " + reasons.size());
        }
        reasons.forEach(reason -> RequestText.requireEncodable(
                requireNonNull(reason, "a reason is null"), "a verdict reason", MAX_REASON_LENGTH));
        wholeSeconds(issuedAt, "issued at");
        wholeSeconds(expiresAt, "expires at");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException(
                    "a verdict expires (" + expiresAt + ") after it is issued (" + issuedAt + ")");
        }
        if (signature.length != SIGNATURE_LENGTH) {
            throw new IllegalArgumentException(
                    "a verdict signature is " + SIGNATURE_LENGTH + " bytes, got " + signature.length);
        }
        requestDigest = requestDigest.clone();
        reasons = List.copyOf(reasons);
        signature = signature.clone();
    }

    private static void wholeSeconds(Instant time, String what) {
        if (time.getNano() != 0 || time.getEpochSecond() < 0) {
            throw new IllegalArgumentException("a verdict's " + what + " is a whole second from 1970 on, got " + time);
        }
    }

    @Override
    public byte[] requestDigest() {
        return requestDigest.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DetectionVerdict other
                && Arrays.equals(requestDigest, other.requestDigest)
                && score == other.score
                && reasons.equals(other.reasons)
                && issuedAt.equals(other.issuedAt)
                && expiresAt.equals(other.expiresAt)
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(requestDigest) + score;
    }

    @Override
    public String toString() {
        return "DetectionVerdict[request " + HexFormat.of().formatHex(requestDigest) + ", score " + score + ", "
                + reasons.size() + " reasons, " + issuedAt + " to " + expiresAt + "]";
    }
}
