package dev.custos.node.enforce;

import static java.util.Objects.requireNonNull;

import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.keystore.SecretStore;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.PolicyStore;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.EvaluationInput;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.types.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The signer node's enforcing {@link SigningAuthorizer} (docs/NODES.md, "What a node checks before it signs"). For each
 * signing job, in order, it refuses with the cause named unless:
 *
 * <ol>
 *   <li>a quorum-signed policy is installed ({@link PolicyStore}) and its document parses with the signed version;
 *   <li>the job names a request id, and that id was not decided before for another wallet or payload;
 *   <li>the payload derives to a message to sign ({@link DerivedPayloadAuthorizer}: canonical, unsigned, replay
 *       protected) and decodes into facts;
 *   <li>the policy, evaluated on those facts with the node's clock, its own velocity state, the approvals and the
 *       verdict (both verified here: digest v2 recomputed from the bytes, keys from the policy, initiator excluded,
 *       expiry against the node's clock), allows the request;
 *   <li>a time lock the policy asks for has run out since the node first saw the request;
 *   <li>the spend is recorded durably in the node's {@link RequestLedger}.
 * </ol>
 *
 * Only then does it return the message derived from the payload. Nothing the coordinator says about the payload is
 * read.
 */
public final class PolicyAuthorizer implements SigningAuthorizer {
    private final PolicyStore policies;
    private final RequestLedger ledger;
    private final SigningAuthorizer deriver;
    private final Clock clock;
    private @Nullable EnforcedPolicy cached;

    /**
     * An authorizer enforcing what {@code policies} holds, counting velocity in {@code ledger}, signing what {@code
     * deriver} derives from the payload, at {@code clock}'s time.
     */
    public PolicyAuthorizer(PolicyStore policies, RequestLedger ledger, SigningAuthorizer deriver, Clock clock) {
        this.policies = requireNonNull(policies, "policies is null");
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.deriver = requireNonNull(deriver, "deriver is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * The authorizer of the node whose keystore is {@code secrets} and data folder {@code dataFolder}: the policy
     * installed in the keystore (checked against {@code admins}, the committee's admin quorum), the ledger in {@code
     * jobs/requests/}, the {@link DerivedPayloadAuthorizer}, and {@code clock}.
     *
     * @throws PolicyInstallException if the installed policy no longer verifies
     * @throws IOException if the ledger cannot be read
     */
    public static PolicyAuthorizer open(SecretStore secrets, AdminQuorum admins, Path dataFolder, Clock clock)
            throws PolicyInstallException, IOException {
        requireNonNull(clock, "clock is null");
        return new PolicyAuthorizer(
                PolicyStore.open(secrets, admins),
                RequestLedger.open(dataFolder.resolve("jobs").resolve("requests"), clock.instant()),
                new DerivedPayloadAuthorizer(),
                clock);
    }

    /** The policy store this authorizer enforces (to install policies). */
    public PolicyStore policies() {
        return policies;
    }

    /** The node's velocity state. */
    public RequestLedger ledger() {
        return ledger;
    }

    @Override
    public synchronized Authorization authorize(SigningInput input) {
        try {
            return decide(input);
        } catch (RuntimeException e) {
            return refused("the policy check failed: " + e);
        }
    }

    private Authorization decide(SigningInput input) {
        Optional<SignedPolicy> installed = policies.current();
        if (installed.isEmpty()) {
            return refused("no policy is installed on this node: it signs nothing until a quorum of its committee's"
                    + " admins installs one");
        }
        EnforcedPolicy policy;
        try {
            policy = enforced(installed.get());
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        String id = input.requestId();
        if (id.isEmpty()) {
            return refused("the job names no request id: an enforcing node signs only requests that approvals and"
                    + " verdicts can be bound to");
        }
        byte[] payloadHash = NodeRequests.payloadHash(input);
        String wallet = input.wallet().wallet().value();
        if (ledger.spend(id)
                .filter(spend -> !spend.samePayload(wallet, payloadHash))
                .isPresent()) {
            return refused("request id '" + id + "' was signed before for another wallet or payload: the coordinator"
                    + " reused it");
        }
        byte[] message;
        switch (deriver.authorize(input)) {
            case Authorization.Authorized authorized -> message = authorized.message();
            case Authorization.Refused payloadRefused -> {
                return payloadRefused;
            }
        }
        Instant now = clock.instant();
        SigningRequest request;
        try {
            request = NodeRequests.request(policy, input, now);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        Decision decision = PolicyEvaluator.evaluate(
                policy.policy(),
                new EvaluationInput(
                        request, NodeRequests.verdict(input.verdict()), RequestDigest.of(request, policy.policy())),
                ledger.velocity(id),
                Clock.fixed(now, ZoneOffset.UTC));
        if (decision.outcome() != Verdict.ALLOW) {
            return refused("policy version " + decision.policyVersion() + " "
                    + (decision.outcome() == Verdict.DENY ? "denies" : "escalates (approvals missing for)")
                    + " request " + id + ": " + String.join("; ", decision.reasons()));
        }
        try {
            if (decision.delaySeconds() > 0) {
                Instant from = ledger.firstSeen(id, payloadHash, now).plusSeconds(decision.delaySeconds());
                if (now.isBefore(from)) {
                    return refused("time lock: policy version " + decision.policyVersion() + " lets request " + id
                            + " be signed from " + from + " (" + decision.delaySeconds()
                            + " s after this node first saw it), not at " + now);
                }
            }
            PastRequest spent = PolicyEvaluator.spent(request, decision, now)
                    .orElseThrow(() -> new IllegalStateException("an allowed request has derived facts"));
            ledger.record(new SpendRecord(id, payloadHash, spent));
        } catch (IOException e) {
            return refused("cannot record request " + id + " in the node's velocity state: " + e.getMessage());
        } catch (IllegalStateException e) {
            return refused(e.getMessage());
        }
        return new Authorization.Authorized(message);
    }

    private EnforcedPolicy enforced(SignedPolicy installed) {
        EnforcedPolicy current = cached;
        if (current == null || !current.signed().equals(installed)) {
            current = EnforcedPolicy.of(installed);
            cached = current;
        }
        return current;
    }

    private static Authorization.Refused refused(@Nullable String reason) {
        return new Authorization.Refused(reason == null || reason.isBlank() ? "refused without a reason" : reason);
    }

    @Override
    public String toString() {
        return "PolicyAuthorizer[" + ledger + "]";
    }
}
