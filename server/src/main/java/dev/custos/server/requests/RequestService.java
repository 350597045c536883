package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.intent.IntentJson;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.DecisionJson;
import dev.custos.policy.eval.EvaluationInput;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.facts.DerivedFacts;
import dev.custos.policy.facts.FactsDeriver;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.SignedVerdict;
import dev.custos.policy.verdict.VerdictJson;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.ClientOrigin;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.detection.Assessment;
import dev.custos.server.detection.VerdictIssuer;
import dev.custos.server.passkeys.PasskeyAssertion;
import dev.custos.server.passkeys.PasskeyException;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.policy.PolicyStore.ActivePolicy;
import dev.custos.server.wallets.StoredWallet;
import dev.custos.server.wallets.WalletStore;
import dev.custos.types.EventFields;
import dev.custos.types.Verdict;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a signing request on the server: submitted (decoded, decided by the active policy, given approval
 * terms), approved (each approval verified before it is kept), delayed, handed to the nodes, signed or failed. The
 * server decides only to know what to show and when to ask the nodes; each node decides again on its own.
 */
public final class RequestService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestStore store;
    private final WalletStore wallets;
    private final PolicyStore policies;
    private final SigningDispatcher dispatcher;
    /** How much later than the nodes' own time lock the server hands a delayed request to them. */
    private static final java.time.Duration DELAY_MARGIN = java.time.Duration.ofSeconds(2);

    private final VerdictIssuer detection;
    private final AlertStore alerts;
    private final AuditTrail audit;
    private final Passkeys passkeys;
    private final Clock clock;
    private final Duration approvalWindow;
    private static final Logger LOG = LoggerFactory.getLogger(RequestService.class);

    private final VelocityTracker velocity = new VelocityTracker();

    RequestService(
            RequestStore store,
            WalletStore wallets,
            PolicyStore policies,
            SigningDispatcher dispatcher,
            VerdictIssuer detection,
            AlertStore alerts,
            AuditTrail audit,
            Passkeys passkeys,
            Clock clock,
            Duration approvalWindow) {
        this.store = requireNonNull(store, "store is null");
        this.passkeys = requireNonNull(passkeys, "passkeys is null");
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.dispatcher = requireNonNull(dispatcher, "dispatcher is null");
        this.detection = requireNonNull(detection, "detection is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.approvalWindow = requireNonNull(approvalWindow, "approvalWindow is null");
    }

    /** A new request by {@code initiator}, sent from {@code origin} (kept for people and detection). */
    StoredRequest submit(Caller initiator, Submission submission, Optional<ClientOrigin> origin) {
        StoredWallet wallet = wallets.find(submission.wallet())
                .orElseThrow(() -> ApiException.badRequest("field 'wallet': no wallet '" + submission.wallet() + "'"));
        Signable.of(submission.chain(), submission.payload(), wallet.schemeValue());
        if (submission.chain().equals("bitcoin")) {
            walletNetwork(wallet, submission.payload());
        }
        ActivePolicy policy = policies.active()
                .orElseThrow(() -> ApiException.conflict("no policy is active yet: an admin puts one (PUT /v1/policy)"
                        + " before requests can be decided"));
        Instant now = clock.instant();
        String id = "req-" + HexFormat.of().formatHex(randomBytes());
        ObjectNode document = RequestDocument.initial(id, initiator.name(), submission, now);
        origin.ifPresent(from -> RequestDocument.submittedFrom(document, from));
        ObjectNode approval = document.putObject("approval");
        approval.put("policy_version", policy.policy().version());
        approval.put(
                "expires_at",
                now.plus(approvalWindow).truncatedTo(ChronoUnit.SECONDS).toString());
        StoredRequest draft = new StoredRequest(
                id, submission.wallet(), submission.chain(), "pending_approval", initiator.name(), now, document, 0);
        StoredRequest assessed = assess(draft, policy);
        Evaluation evaluation = evaluate(assessed, policy);
        StoredRequest decided = apply(assessed, evaluation);
        store.insert(decided);
        audit.record(
                initiator.name(),
                "request.submitted",
                id,
                Map.of(
                        "wallet", decided.wallet(),
                        "status", decided.status(),
                        "digest",
                                decided.document()
                                        .path("approval")
                                        .path("digest")
                                        .asText()));
        return afterDecision(decided, evaluation);
    }

    /**
     * Sets a Bitcoin request's network to its wallet's: the addresses the policy and the approval digest read are
     * written for it, so it is derived, never taken from the caller (a given {@code network} must agree).
     */
    private static void walletNetwork(StoredWallet wallet, ObjectNode payload) {
        String network = wallet.network() == null ? "mainnet" : wallet.network();
        JsonNode claimed = payload.get("network");
        if (claimed != null && !claimed.asText().equals(network)) {
            throw ApiException.badRequest("field 'network' is '" + claimed.asText() + "', but wallet " + wallet.id()
                    + " is on " + network + "; a request's network is its wallet's");
        }
        payload.put("network", network);
    }

    /**
     * Has detection assess the request, described by the facts the policy derived (recipient, USD amount, the tier
     * the policy gives the wallet) rather than by the caller's claims, and keeps its signed verdict and alerts.
     */
    private StoredRequest assess(StoredRequest request, ActivePolicy policy) {
        SigningRequest parsed = parse(request, policy);
        ObjectNode event = RequestEvent.of(request);
        event.remove(EventFields.APPROVALS);
        policy.policy().wallet(request.wallet()).ifPresent(wallet -> {
            DerivedFacts facts = FactsDeriver.derive(policy.policy(), wallet, parsed.payload());
            if (!facts.recipients().isEmpty()) {
                event.put(EventFields.TX_TO, facts.recipients().getFirst());
            }
            event.put(EventFields.TX_AMOUNT_USD, facts.amountUsd());
            event.put(EventFields.WALLET_TIER, wallet.tier().wireName());
        });
        Instant expiresAt =
                Instant.parse(request.document().at("/approval/expires_at").asText());
        Assessment assessment = detection.assess(event, RequestDigest.of(parsed, policy.policy()), expiresAt);
        assessment.alerts().forEach(alert -> alerts.add(alert, request.id()));
        ObjectNode document = request.document();
        document.set("verdict", VerdictJson.write(assessment.verdict()));
        return request.with(request.status(), document);
    }

    /** Sets the request's status, decision, intent, risk and digest from {@code evaluation}. */
    private StoredRequest apply(StoredRequest request, Evaluation evaluation) {
        ObjectNode document = request.document();
        Decision decision = evaluation.decision();
        document.set("decision", DecisionJson.toJson(decision));
        evaluation
                .request()
                .intent()
                .ifPresentOrElse(
                        intent -> document.set("intent", IntentJson.toJson(intent)), () -> document.putNull("intent"));
        ObjectNode risk = document.putObject("risk");
        decision.verdict().score().ifPresentOrElse(score -> risk.put("score", score), () -> risk.putNull("score"));
        risk.put("verdict", decision.verdict().status().wireName());
        ArrayNode reasons = risk.putArray("reasons");
        decision.verdict().reasons().forEach(reasons::add);
        if (decision.verdict().reasons().isEmpty()) {
            reasons.add(decision.verdict().explanation());
        }
        ((ObjectNode) document.get("approval")).put("digest", HexFormat.of().formatHex(evaluation.digest()));
        String status = status(request, decision);
        if (status.equals("delayed")) {
            document.put("not_before", notBefore(request, decision).toString());
        }
        return request.with(status, document);
    }

    /** The request as the policy reads it; a payload or approval the policy cannot read is a 400 naming it. */
    private SigningRequest parse(StoredRequest request, ActivePolicy policy) {
        try {
            return RequestParser.parse(RequestEvent.of(request), policy.policy(), clock.instant());
        } catch (PolicyInputException | IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private Evaluation evaluate(StoredRequest request, ActivePolicy policy) {
        SigningRequest parsed = parse(request, policy);
        ObjectNode approval = (ObjectNode) request.document().get("approval");
        Instant expiresAt = Instant.parse(approval.get("expires_at").asText());
        byte[] digest = RequestDigest.of(parsed, approval.get("policy_version").asLong(), expiresAt);
        Decision decision;
        synchronized (velocity) {
            decision = PolicyEvaluator.evaluate(
                    policy.policy(),
                    new EvaluationInput(parsed, verdict(request), RequestDigest.of(parsed, policy.policy())),
                    velocity,
                    clock);
        }
        return new Evaluation(parsed, decision, digest);
    }

    private static Optional<SignedVerdict> verdict(StoredRequest request) {
        JsonNode stored = request.document().get("verdict");
        return stored == null || stored.isNull() ? Optional.empty() : Optional.of(VerdictJson.read(stored, "verdict"));
    }

    private String status(StoredRequest request, Decision decision) {
        if (decision.outcome() == Verdict.DENY) {
            return "denied";
        }
        if (decision.outcome() == Verdict.ESCALATE) {
            return "pending_approval";
        }
        return decision.delaySeconds() > 0 && clock.instant().isBefore(notBefore(request, decision))
                ? "delayed"
                : "signing";
    }

    /**
     * When a delayed request may be signed: its delay counts from the moment it was first allowed (every approval in),
     * which is when the nodes first see it and start their own time lock; a margin covers the nodes seeing it a moment
     * after the server.
     */
    private Instant notBefore(StoredRequest request, Decision decision) {
        JsonNode stored = request.document().get("not_before");
        if (stored != null && !stored.isNull()) {
            return Instant.parse(stored.asText());
        }
        return clock.instant().plusSeconds(decision.delaySeconds()).plus(DELAY_MARGIN);
    }

    private StoredRequest afterDecision(StoredRequest request, Evaluation evaluation) {
        if (request.status().equals("delayed")) {
            dispatcher.announce(request);
        }
        if (request.status().equals("signing")) {
            synchronized (velocity) {
                PolicyEvaluator.spent(evaluation.request(), evaluation.decision(), clock.instant())
                        .ifPresent(velocity::record);
            }
            dispatcher.dispatch(request);
        }
        return request;
    }

    StoredRequest approve(Caller caller, String id, ApprovalBody body) {
        // a passkey is verified once, before the optimistic update that may run again (its signature count moves
        // once), against the digest the request has now; the update refuses it if the terms changed meanwhile
        Optional<ObjectNode> passkey = body.passkey().isEmpty()
                ? Optional.empty()
                : Optional.of(passkeyProof(
                        body,
                        find(id).orElseThrow(() -> ApiException.notFound("no request '" + id + "'"))
                                .document()));
        AtomicReference<Evaluation> last = new AtomicReference<>();
        StoredRequest updated = change(id, request -> {
            if (!StoredRequest.OPEN.contains(request.status())) {
                throw ApiException.conflict("request " + id + " is " + request.status() + "; it takes no approvals");
            }
            ActivePolicy policy = activePolicy();
            ObjectNode document = request.document();
            long version = document.path("approval").path("policy_version").asLong();
            ObjectNode entry = ((ArrayNode) document.get("approvals")).addObject();
            entry.put("approver", body.approver());
            entry.put("policy_version", version);
            entry.put("expires_at", body.expiresAt());
            if (body.signature().isPresent()) {
                entry.put("signature", body.signature().get());
            } else {
                entry.set("passkey", passkey.orElseThrow().deepCopy());
            }
            entry.put("received_at", clock.instant().toString());
            StoredRequest withApproval = request.with(request.status(), document);
            Evaluation evaluation = evaluate(withApproval, policy);
            String refusal = evaluation.decision().approvals().stream()
                    .filter(check -> check.approver().equals(body.approver()) && !check.counts())
                    .map(check -> check.reason())
                    .reduce((first, second) -> second)
                    .orElse(null);
            if (refusal != null) {
                throw new ApiException(403, "approval_refused", refusal);
            }
            last.set(evaluation);
            return apply(withApproval, evaluation);
        });
        audit.record(
                caller.name(), "request.approved", id, Map.of("approver", body.approver(), "status", updated.status()));
        return afterDecision(updated, last.get());
    }

    /**
     * The passkey assertion of {@code body}, verified by the server (challenge = this request's approval digest, the
     * approver's enrolled passkey, user verification, a rising signature count) and written as the request keeps it
     * for the policy and the nodes, which verify it again themselves.
     */
    private ObjectNode passkeyProof(ApprovalBody body, JsonNode document) {
        byte[] digest =
                HexFormat.of().parseHex(document.path("approval").path("digest").asText());
        PasskeyAssertion assertion;
        try {
            assertion = passkeys.verifyApproval(
                    body.approver(), digest, body.passkey().orElseThrow().toString());
        } catch (PasskeyException e) {
            throw new ApiException(403, "approval_refused", e.getMessage());
        }
        return assertion.toJson();
    }

    /** The options a browser needs to approve request {@code id} with one of {@code approver}'s passkeys. */
    String passkeyOptions(String id, String approver) {
        StoredRequest request = find(id).orElseThrow(() -> ApiException.notFound("no request '" + id + "'"));
        if (!StoredRequest.OPEN.contains(request.status())) {
            throw ApiException.conflict("request " + id + " is " + request.status() + "; it takes no approvals");
        }
        byte[] digest = HexFormat.of()
                .parseHex(request.document().path("approval").path("digest").asText());
        try {
            return passkeys.approvalOptions(approver, digest);
        } catch (PasskeyException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    StoredRequest cancel(Caller caller, String id, Optional<String> reason) {
        StoredRequest updated = change(id, request -> {
            if (!StoredRequest.OPEN.contains(request.status())) {
                throw ApiException.conflict("request " + id + " is " + request.status() + "; it cannot be cancelled");
            }
            if (!caller.name().equals(request.initiator()) && !caller.has(Role.ADMIN)) {
                throw ApiException.forbidden("only the initiator or an admin cancels a request");
            }
            ObjectNode document = request.document();
            document.put("cancelled_by", caller.name());
            reason.ifPresent(text -> document.put("cancel_reason", text));
            return request.with("cancelled", document);
        });
        audit.record(
                caller.name(),
                "request.cancelled",
                id,
                reason.map(text -> Map.of("reason", text)).orElse(Map.of()));
        return updated;
    }

    /**
     * An approver's refusal: the request is cancelled with the approver's reason. One approver can stop a request
     * (that only makes things stricter); nobody can make it take approvals again.
     */
    StoredRequest reject(Caller approver, String id, String reason) {
        StoredRequest updated = change(id, request -> {
            if (!StoredRequest.OPEN.contains(request.status())) {
                throw ApiException.conflict("request " + id + " is " + request.status() + "; it cannot be rejected");
            }
            ObjectNode document = request.document();
            document.put("rejected_by", approver.name());
            document.put("cancel_reason", reason);
            return request.with("cancelled", document);
        });
        audit.record(approver.name(), "request.rejected", id, Map.of("reason", reason));
        return updated;
    }

    /** Hands due delayed requests to the nodes (run periodically) and resumes requests a restart interrupted. */
    void sweep() {
        Optional<ActivePolicy> policy = policies.active();
        if (policy.isEmpty()) {
            return;
        }
        renewStaleTerms(policy.get());
        for (StoredRequest delayed : store.inStatus("delayed")) {
            Instant due = Instant.parse(delayed.document().path("not_before").asText());
            if (!clock.instant().isBefore(due)) {
                AtomicReference<Evaluation> last = new AtomicReference<>();
                try {
                    StoredRequest decided = change(delayed.id(), request -> {
                        Evaluation evaluation = evaluate(request, policy.get());
                        last.set(evaluation);
                        return apply(request, evaluation);
                    });
                    afterDecision(decided, last.get());
                } catch (ApiException e) {
                    // changed meanwhile (approved, cancelled); the next sweep sees the new state
                }
            }
        }
    }

    /**
     * Gives open requests whose approval terms name an older policy version new terms under the active one: approvals
     * bind the policy version, so the old ones no longer count anywhere (the nodes refuse them too) and the approvers
     * approve again, under the policy that now decides. Detection assesses the request again, as its verdict binds the
     * policy version too. Recorded in the audit log as {@code request.terms_renewed}.
     */
    private void renewStaleTerms(ActivePolicy policy) {
        long version = policy.policy().version();
        for (String status : StoredRequest.OPEN) {
            for (StoredRequest open : store.inStatus(status)) {
                long named =
                        open.document().path("approval").path("policy_version").asLong();
                if (named == version) {
                    continue;
                }
                AtomicReference<Evaluation> last = new AtomicReference<>();
                try {
                    StoredRequest renewed = change(open.id(), request -> {
                        ObjectNode approval = (ObjectNode) request.document().get("approval");
                        if (!StoredRequest.OPEN.contains(request.status())
                                || approval.path("policy_version").asLong() == version) {
                            return request;
                        }
                        ObjectNode document = request.document();
                        ObjectNode terms = (ObjectNode) document.get("approval");
                        terms.put("policy_version", version);
                        terms.put(
                                "expires_at",
                                clock.instant()
                                        .plus(approvalWindow)
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString());
                        StoredRequest assessed = assess(request.with(request.status(), document), policy);
                        Evaluation evaluation = evaluate(assessed, policy);
                        last.set(evaluation);
                        return apply(assessed, evaluation);
                    });
                    if (last.get() != null) {
                        audit.record(
                                "server",
                                "request.terms_renewed",
                                open.id(),
                                Map.of(
                                        "old_policy_version",
                                        named,
                                        "policy_version",
                                        version,
                                        "status",
                                        renewed.status(),
                                        "digest",
                                        renewed.document()
                                                .at("/approval/digest")
                                                .asText()));
                        afterDecision(renewed, last.get());
                    }
                } catch (ApiException e) {
                    LOG.warn("request {}: could not renew its approval terms: {}", open.id(), e.getMessage());
                }
            }
        }
    }

    /** Requests that were being signed when the server stopped are handed to the nodes again. */
    void resumeSigning() {
        for (StoredRequest signing : store.inStatus("signing")) {
            dispatcher.dispatch(signing);
        }
    }

    Optional<StoredRequest> find(String id) {
        return store.find(id);
    }

    RequestStore store() {
        return store;
    }

    private ActivePolicy activePolicy() {
        return policies.active().orElseThrow(() -> ApiException.conflict("no policy is active"));
    }

    /** Reads, changes and writes a request, again from the start when another change got there first. */
    private StoredRequest change(String id, UnaryOperator<StoredRequest> change) {
        try {
            return store.change(id, current -> Optional.of(change.apply(current)))
                    .orElseThrow(() -> ApiException.notFound("no request '" + id + "'"));
        } catch (IllegalStateException e) {
            throw ApiException.conflict("request " + id + " is changing too often; try again");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
