package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.store.WalletRecord;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link SigningAuthorizer} decides on: the wallet as this node recorded it at key generation (trusted), and the
 * request as the coordinator forwarded it (untrusted: the raw payload to decode, the request id and initiator that
 * approvals and verdicts are bound to, the approvals and the verdict to verify).
 *
 * @param wallet the wallet, from the node's own store
 * @param request the payload, request id, initiator, approvals and verdict from the job
 */
public record SigningInput(WalletRecord wallet, SignRequest request) {
    public SigningInput {
        requireNonNull(wallet, "wallet is null");
        requireNonNull(request, "request is null");
    }

    /** The raw payload, typed. */
    public TypedPayload payload() {
        return request.payload();
    }

    /** The request id as forwarded; empty when the job names none. */
    public String requestId() {
        return request.requestId();
    }

    /** The initiator as forwarded; empty if unknown. */
    public String initiator() {
        return request.initiator();
    }

    /** The approvals as forwarded (the authorizer verifies them). */
    public List<Approval> approvals() {
        return request.approvals();
    }

    /** The detection verdict as forwarded, if any (the authorizer verifies it). */
    public Optional<DetectionVerdict> verdict() {
        return request.verdict();
    }
}
