package dev.custos.policy.approval;

import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.SigningRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The approval digest v2 of a parsed {@link SigningRequest} (docs/POLICY.md, "Approval digest v2"): its wallet and id
 * with the {@link ApprovalSubject} derived from its typed payload. Also the seam that binds detection verdicts to a
 * request ({@link #of(SigningRequest, Policy)}).
 */
public final class RequestDigest {
    /** The tag of the verdict digest of a request without payload. */
    public static final String NO_PAYLOAD_DOMAIN = "custos request without payload v2";

    private RequestDigest() {}

    /** What approvals of {@code request} bind, derived from its payload bytes; empty without payload. */
    public static Optional<ApprovalSubject> subject(SigningRequest request) {
        return Objects.requireNonNull(request, "request is null").payload().approvalSubject();
    }

    /**
     * The digest an approver signs for {@code request} under {@code policyVersion} until {@code expiresAt}.
     *
     * @throws IllegalArgumentException when the request carries no payload, or the terms are not canonical
     */
    public static byte[] of(SigningRequest request, long policyVersion, Instant expiresAt) {
        ApprovalSubject subject = subject(request)
                .orElseThrow(() -> new IllegalArgumentException(
                        "request " + request.id() + " carries no payload: there is nothing to approve"));
        return ApprovalDigest.of(subject.facts(request.walletId(), request.id(), policyVersion, expiresAt));
    }

    /**
     * The 32 bytes a detection verdict about {@code request} names: the approval digest v2 under the active policy
     * version with expiry 0. A request without payload has no approval digest; its verdict digest is SHA-256 of
     * {@link #NO_PAYLOAD_DOMAIN}, a zero byte, then the wallet id and request id as length-prefixed UTF-8 and the policy
     * version as 8 bytes, big-endian, so that a verdict is still bound to one request.
     */
    public static byte[] of(SigningRequest request, Policy policy) {
        Objects.requireNonNull(policy, "policy is null");
        if (subject(request).isPresent()) {
            return of(request, policy.version(), Instant.EPOCH);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(NO_PAYLOAD_DOMAIN.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        for (String text : new String[] {request.walletId(), request.id()}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(
                    ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(policy.version()).array());
        try {
            return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
