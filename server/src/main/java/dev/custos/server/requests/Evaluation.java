package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import dev.custos.policy.eval.Decision;
import dev.custos.policy.request.SigningRequest;

/**
 * A request decided: what the policy read and what it decided.
 *
 * @param request the request as the policy parsed it
 * @param decision the decision
 * @param digest the approval digest v2 under the request's approval terms
 */
record Evaluation(SigningRequest request, Decision decision, byte[] digest) {
    Evaluation {
        requireNonNull(request, "request is null");
        requireNonNull(decision, "decision is null");
        digest = digest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }
}
