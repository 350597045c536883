package dev.custos.policy.verdict;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A risk verdict signed by the detection service: bound to one request by its digest, valid from {@code issuedAt} until
 * {@code expiresAt}, signed with Ed25519 over {@link #signedMessage()}.
 *
 * @param requestDigest the 32-byte digest of the request the verdict is about
 * @param score 0 (no risk) to 100
 * @param reasons detector names or plain-language reasons
 * @param issuedAt when detection issued it
 * @param expiresAt from this instant on it no longer counts
 * @param signature the 64-byte Ed25519 signature
 */
public record SignedVerdict(
        byte[] requestDigest, int score, List<String> reasons, Instant issuedAt, Instant expiresAt, byte[] signature) {
    /** The domain tag of {@link #signedMessage()}. */
    public static final String DOMAIN = "custos/verdict/v1";

    public SignedVerdict {
        Objects.requireNonNull(requestDigest, "requestDigest is null");
        Objects.requireNonNull(issuedAt, "issuedAt is null");
        Objects.requireNonNull(expiresAt, "expiresAt is null");
        Objects.requireNonNull(signature, "signature is null");
        if (requestDigest.length != 32) {
            throw new IllegalArgumentException("verdict request_digest must be 32 bytes, got " + requestDigest.length);
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("verdict score must be 0 to 100, got " + score);
        }
        if (signature.length != 64) {
            throw new IllegalArgumentException("verdict signature must be 64 bytes, got " + signature.length);
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException(
                    "verdict expires_at " + expiresAt + " is not after issued_at " + issuedAt);
        }
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons is null"));
        requestDigest = requestDigest.clone();
        signature = signature.clone();
    }

    /**
     * What the detection key signs: SHA-256 of the length-prefixed (4-byte big-endian) fields {@code
     * "custos/verdict/v1"}, request digest, score (4-byte big-endian), reason count (4-byte big-endian), each reason
     * (UTF-8), issued_at and expires_at (8-byte big-endian Unix seconds).
     */
    public static byte[] signedMessage(
            byte[] requestDigest, int score, List<String> reasons, Instant issuedAt, Instant expiresAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, DOMAIN.getBytes(StandardCharsets.UTF_8));
        field(out, requestDigest);
        field(out, ByteBuffer.allocate(4).putInt(score).array());
        field(out, ByteBuffer.allocate(4).putInt(reasons.size()).array());
        for (String reason : reasons) {
            field(out, reason.getBytes(StandardCharsets.UTF_8));
        }
        field(out, ByteBuffer.allocate(8).putLong(issuedAt.getEpochSecond()).array());
        field(out, ByteBuffer.allocate(8).putLong(expiresAt.getEpochSecond()).array());
        try {
            return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The message this verdict's signature must verify over. */
    public byte[] signedMessage() {
        return signedMessage(requestDigest, score, reasons, issuedAt, expiresAt);
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
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
    public boolean equals(Object other) {
        return other instanceof SignedVerdict that
                && Arrays.equals(requestDigest, that.requestDigest)
                && score == that.score
                && reasons.equals(that.reasons)
                && issuedAt.equals(that.issuedAt)
                && expiresAt.equals(that.expiresAt)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(requestDigest), score, reasons, issuedAt, expiresAt);
    }

    @Override
    public String toString() {
        return "SignedVerdict[request " + HexFormat.of().formatHex(requestDigest) + ", score " + score + ", reasons "
                + reasons + ", " + issuedAt + " to " + expiresAt + "]";
    }
}
