package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalFacts;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.policy.PolicyStore.ActivePolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Decodes stored requests again from their payload bytes for display ({@link RequestInspection}). */
public final class RequestInspector {
    private final RequestStore store;
    private final PolicyStore policies;
    private final Clock clock;

    RequestInspector(RequestStore store, PolicyStore policies, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Request {@code id} decoded under the active policy's address book; empty when there is no such request. */
    public Optional<RequestInspection> inspect(String id) {
        return store.find(id).map(this::inspect);
    }

    private RequestInspection inspect(StoredRequest request) {
        ObjectNode document = request.document();
        Optional<ActivePolicy> policy = policies.active();
        if (policy.isEmpty()) {
            return new RequestInspection(
                    document, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("no policy is active"));
        }
        SigningRequest parsed;
        try {
            parsed = RequestParser.parse(RequestEvent.of(request), policy.get().policy(), clock.instant());
        } catch (PolicyInputException | IllegalArgumentException e) {
            return new RequestInspection(
                    document,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("the payload does not decode: " + e.getMessage()));
        }
        try {
            long version = document.path("approval").path("policy_version").asLong();
            Instant expiresAt =
                    Instant.parse(document.path("approval").path("expires_at").asText());
            Optional<ApprovalFacts> facts = RequestDigest.subject(parsed)
                    .map(subject -> subject.facts(parsed.walletId(), parsed.id(), version, expiresAt));
            return new RequestInspection(
                    document, Optional.of(parsed), facts, facts.map(ApprovalDigest::of), Optional.empty());
        } catch (RuntimeException e) {
            return new RequestInspection(
                    document,
                    Optional.of(parsed),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("the approval terms cannot be computed: " + e.getMessage()));
        }
    }
}
