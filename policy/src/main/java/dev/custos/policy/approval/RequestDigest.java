package dev.custos.policy.approval;

import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.request.SigningRequest;
import java.time.Instant;
import java.util.Objects;

/** The approval digest v2 of a parsed {@link SigningRequest}: what an approver signs for it under given terms. */
public final class RequestDigest {
    private RequestDigest() {}

    /**
     * The digest of {@code request}'s wallet, id and payload-derived {@link ApprovalSubject} for {@code policyVersion}
     * and {@code expiresAt}.
     *
     * @throws IllegalArgumentException when the request carries no payload, or the terms are not canonical
     */
    public static byte[] of(SigningRequest request, long policyVersion, Instant expiresAt) {
        Objects.requireNonNull(request, "request is null");
        ApprovalSubject subject = request.approvalSubject()
                .orElseThrow(() -> new IllegalArgumentException(
                        "request " + request.id() + " carries no payload: there is nothing to approve"));
        return ApprovalDigest.of(subject.facts(request.walletId(), request.id(), policyVersion, expiresAt));
    }
}
