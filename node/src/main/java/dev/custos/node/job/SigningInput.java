package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.store.WalletRecord;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link SigningAuthorizer} decides on: the wallet as this node recorded it at key generation (trusted), and the
 * request as the coordinator forwarded it (untrusted: the raw payload to decode, the approvals and the verdict to
 * verify).
 *
 * @param wallet the wallet, from the node's own store
 * @param request the payload, approvals and verdict from the job
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

    /** The approvals as forwarded (opaque; the authorizer verifies them). */
    public List<byte[]> approvals() {
        return request.approvals();
    }

    /** The detection verdict as forwarded, if any (opaque; the authorizer verifies it). */
    public Optional<byte[]> verdict() {
        return request.verdict();
    }
}
