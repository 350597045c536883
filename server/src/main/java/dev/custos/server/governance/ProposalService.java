package dev.custos.server.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.governance.ChangeApproval;
import dev.custos.policy.governance.ChangeDecision;
import dev.custos.policy.governance.GovernanceGate;
import dev.custos.policy.governance.PolicyChange;
import dev.custos.policy.governance.StricterOnly;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.ApprovalJson;
import dev.custos.server.access.Caller;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.CallOrigin;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.GovernanceEvents;
import dev.custos.server.governance.ProposalStore.Stored;
import dev.custos.server.passkeys.PasskeyAssertion;
import dev.custos.server.passkeys.PasskeyException;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.people.PowerUse;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.policy.PolicyStore.ActivePolicy;
import dev.custos.server.signing.SignerCluster;
import dev.custos.types.EventFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Governed policy changes: an admin proposes a whole new policy document (the next version); admins of the active
 * policy sign the change digest with their device keys; {@link GovernanceGate} decides. A stricter-only change (a
 * frozen wallet, a new deny rule, fewer destinations) takes effect with one admin at once; any other change needs the
 * active policy's admin quorum and then waits out its time lock, during which any admin can cancel it. Activating
 * installs the new version on every node before the server counts it as active.
 */
final class ProposalService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final ProposalStore store;
    private final PolicyStore policies;
    private final SignerCluster cluster;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProposalExposure exposure;
    private final Passkeys passkeys;
    private final GovernanceEvents feed;
    private final PowerUse powerUse;

    ProposalService(
            ProposalStore store,
            PolicyStore policies,
            SignerCluster cluster,
            AuditTrail audit,
            Clock clock,
            ProposalExposure exposure,
            Passkeys passkeys,
            GovernanceEvents feed,
            PowerUse powerUse) {
        this.feed = requireNonNull(feed, "feed is null");
        this.powerUse = requireNonNull(powerUse, "powerUse is null");
        this.store = requireNonNull(store, "store is null");
        this.passkeys = requireNonNull(passkeys, "passkeys is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.exposure = requireNonNull(exposure, "exposure is null");
    }

    ObjectNode propose(Caller admin, String body, CallOrigin origin) {
        ActivePolicy active = policies.active()
                .orElseThrow(
                        () -> ApiException.conflict("no policy is active: the first one is put with PUT /v1/policy"));
        Policy candidate;
        try {
            candidate = PolicyParser.parse(body);
        } catch (PolicyInputException | IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        long base = active.policy().version();
        if (candidate.version() != base + 1) {
            throw ApiException.badRequest(
                    "field 'policy_version' must be " + (base + 1) + " (the active version is " + base + ")");
        }
        Instant proposedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PolicyChange change = new PolicyChange(active.policy(), candidate, proposedAt, List.of());
        ObjectNode proposal = StrictJson.mapper().createObjectNode();
        String id = "prop-" + HEX.formatHex(random());
        proposal.put("id", id);
        proposal.put("status", "awaiting_approvals");
        proposal.put("proposer", admin.name());
        proposal.put("proposed_at", proposedAt.toString());
        proposal.put("base_version", base);
        proposal.put("candidate_version", candidate.version());
        proposal.put("digest", HEX.formatHex(change.digest()));
        List<String> loosenings = StricterOnly.loosenings(active.policy(), candidate);
        proposal.put("stricter_only", loosenings.isEmpty());
        ArrayNode list = proposal.putArray("loosenings");
        loosenings.forEach(list::add);
        proposal.set("candidate", StrictJson.tree(body));
        proposal.putArray("approvals");
        proposal.set("exposure", exposure.compare(id, active.policy(), candidate));
        store.insert(proposal);
        exposure.raiseAlarms(id, proposal.get("exposure"));
        long entry = audit.record(
                admin.name(),
                "policy.proposed",
                id,
                Map.of("base_version", base, "candidate_version", candidate.version(), "loosenings", loosenings));
        feed.observe(
                "policy.proposed",
                entry,
                Optional.of(admin.name()),
                origin,
                id,
                WeakeningSteps.of(active.policy(), candidate, loosenings));
        return proposal;
    }

    /** An admin's device-key signature over the proposal's change digest. */
    ObjectNode approve(Caller caller, String id, String admin, byte[] signature, CallOrigin origin) {
        return approve(caller, id, admin, origin, proposal -> {
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            entry.put("admin", admin);
            entry.put("signature", HEX.formatHex(signature));
            return entry;
        });
    }

    /**
     * An admin's passkey assertion whose challenge is the proposal's change digest (the browser's {@code toJSON()}),
     * verified by the server's relying party (a rising signature count) before the governance gate verifies it again
     * against the admin's passkeys in the active policy.
     */
    ObjectNode approveWithPasskey(Caller caller, String id, String admin, String credentialJson, CallOrigin origin) {
        ObjectNode current = find(id).orElseThrow(() -> ApiException.notFound("no proposal '" + id + "'"));
        // verified once, before the optimistic update that may run again: the signature count moves only once
        PasskeyAssertion assertion;
        try {
            assertion = passkeys.verifyApproval(
                    admin, HEX.parseHex(current.get("digest").asText()), credentialJson);
        } catch (PasskeyException e) {
            throw new ApiException(403, "approval_refused", e.getMessage());
        }
        return approve(caller, id, admin, origin.withDevice(assertion.credentialId(), "webauthn"), proposal -> {
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            entry.put("admin", admin);
            entry.set("passkey", assertion.toJson());
            return entry;
        });
    }

    /** The options for approving proposal {@code id} with one of {@code admin}'s passkeys (challenge: its digest). */
    String passkeyOptions(String id, String admin) {
        ObjectNode proposal = find(id).orElseThrow(() -> ApiException.notFound("no proposal '" + id + "'"));
        if (!proposal.get("status").asText().equals("awaiting_approvals")) {
            throw ApiException.conflict(
                    "proposal " + id + " is " + proposal.get("status").asText() + "; it takes no approvals");
        }
        try {
            return passkeys.approvalOptions(
                    admin, HEX.parseHex(proposal.get("digest").asText()));
        } catch (PasskeyException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private ObjectNode approve(
            Caller caller,
            String id,
            String admin,
            CallOrigin origin,
            java.util.function.Function<ObjectNode, ObjectNode> approval) {
        ObjectNode result = change(id, proposal -> {
            String status = proposal.get("status").asText();
            if (!status.equals("awaiting_approvals")) {
                throw ApiException.conflict("proposal " + id + " is " + status + "; it takes no approvals");
            }
            ObjectNode entry = approval.apply(proposal);
            entry.put("received_at", clock.instant().toString());
            ((ArrayNode) proposal.get("approvals")).add(entry);
            ChangeDecision decision = review(proposal);
            if (!decision.admins().contains(admin)) {
                String why = decision.reasons().stream()
                        .filter(reason -> reason.startsWith(admin + " ")
                                || reason.startsWith("signature by " + admin + " ")
                                || reason.startsWith("passkey approval by " + admin + " ")
                                || reason.startsWith("duplicate approval by " + admin))
                        .findFirst()
                        .orElse("the approval by " + admin + " does not count");
                throw new ApiException(403, "approval_refused", why);
            }
            return settle(proposal, decision);
        });
        long entry = audit.record(
                caller.name(),
                "policy.change_approved",
                id,
                Map.of("admin", admin, "status", result.get("status").asText()));
        powerUse.used(admin, PowerUse.CHANGE_APPROVAL);
        feed.observe(
                "policy.change_approved",
                entry,
                Optional.of(caller.name()),
                origin,
                id,
                Map.of(EventFields.GOVERNANCE_APPROVER, admin));
        activated(result);
        return result;
    }

    ObjectNode cancel(Caller admin, String id, CallOrigin origin) {
        ObjectNode result = change(id, proposal -> {
            String status = proposal.get("status").asText();
            if (!status.equals("awaiting_approvals") && !status.equals("time_locked")) {
                throw ApiException.conflict("proposal " + id + " is " + status + "; it cannot be cancelled");
            }
            proposal.put("status", "cancelled");
            proposal.put("cancelled_by", admin.name());
            return proposal;
        });
        long entry = audit.record(admin.name(), "policy.change_cancelled", id, Map.of());
        feed.observe("policy.change_cancelled", entry, Optional.of(admin.name()), origin, id, Map.of());
        return result;
    }

    /** Activates time-locked proposals whose time lock has run out (run periodically). */
    void sweep() {
        for (Stored locked : store.list(Optional.of("time_locked"))) {
            Instant effective =
                    Instant.parse(locked.document().at("/decision/effective_at").asText());
            if (!clock.instant().isBefore(effective)) {
                try {
                    activated(change(locked.id(), proposal -> settle(proposal, review(proposal))));
                } catch (ApiException e) {
                    // changed meanwhile (cancelled, superseded); the next sweep sees the new state
                }
            }
        }
    }

    Optional<ObjectNode> find(String id) {
        return store.find(id).map(Stored::document);
    }

    List<ObjectNode> list(Optional<String> status) {
        return store.list(status).stream().map(Stored::document).toList();
    }

    private ChangeDecision review(ObjectNode proposal) {
        ActivePolicy active = policies.active().orElseThrow();
        Policy candidate = PolicyParser.parse(proposal.get("candidate"));
        List<ChangeApproval> approvals = new ArrayList<>();
        for (JsonNode approval : proposal.get("approvals")) {
            String admin = approval.get("admin").asText();
            approvals.add(
                    approval.has("passkey")
                            ? new ChangeApproval(admin, ApprovalJson.passkey(approval.get("passkey"), "approval"))
                            : new ChangeApproval(
                                    admin,
                                    HEX.parseHex(approval.get("signature").asText())));
        }
        Instant proposedAt = Instant.parse(proposal.get("proposed_at").asText());
        if (active.policy().version() != proposal.get("base_version").asLong()) {
            throw ApiException.conflict(
                    "the active policy is version " + active.policy().version() + " now, not the version "
                            + proposal.get("base_version").asLong() + " this proposal changes");
        }
        return GovernanceGate.review(
                new PolicyChange(active.policy(), candidate, proposedAt, approvals), clock.instant());
    }

    /** Records {@code decision} in the proposal and activates the candidate when it is accepted. */
    private ObjectNode settle(ObjectNode proposal, ChangeDecision decision) {
        ObjectNode recorded = proposal.putObject("decision");
        recorded.put("status", decision.status().name().toLowerCase(Locale.ROOT));
        recorded.put("effective_at", decision.effectiveAt().toString());
        ArrayNode admins = recorded.putArray("admins");
        decision.admins().forEach(admins::add);
        ArrayNode reasons = recorded.putArray("reasons");
        decision.reasons().forEach(reasons::add);
        switch (decision.status()) {
            case PENDING_TIME_LOCK -> proposal.put("status", "time_locked");
            case REFUSED -> proposal.put("status", "awaiting_approvals");
            case ACCEPTED -> activate(proposal);
        }
        return proposal;
    }

    private void activate(ObjectNode proposal) {
        String document = StrictJson.write(proposal.get("candidate"));
        Policy candidate = PolicyParser.parse(document);
        ActivePolicy next = new ActivePolicy(document, candidate);
        boolean replaced = policies.replace(proposal.get("base_version").asLong(), next, () -> {
            try {
                cluster.installPolicy(next.bytes(), candidate.version());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                throw ApiException.conflict(
                        "the nodes refused policy version " + candidate.version() + ": " + e.getMessage());
            }
        });
        if (!replaced) {
            proposal.put("status", "superseded");
            return;
        }
        proposal.put("status", "activated");
        proposal.put("activated_at", clock.instant().toString());
        long entry = audit.record(
                "coordinator",
                "policy.activated",
                proposal.get("id").asText(),
                Map.of("policy_version", candidate.version()));
        proposal.put("activation_audit_index", entry);
    }

    /** Reports an activation settled by {@code proposal}'s last change to detection (after it is stored). */
    private void activated(ObjectNode proposal) {
        JsonNode index = proposal.get("activation_audit_index");
        if (!proposal.path("status").asText().equals("activated") || index == null) {
            return;
        }
        feed.observe(
                "policy.activated",
                index.asLong(),
                Optional.empty(),
                CallOrigin.UNKNOWN,
                proposal.get("id").asText(),
                Map.of(
                        EventFields.GOVERNANCE_NEW_VALUE,
                        Long.toString(proposal.get("candidate_version").asLong())));
    }

    private ObjectNode change(String id, UnaryOperator<ObjectNode> change) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Stored read = store.find(id).orElseThrow(() -> ApiException.notFound("no proposal '" + id + "'"));
            ObjectNode changed = change.apply(read.document());
            if (store.update(read, changed)) {
                return changed;
            }
        }
        throw ApiException.conflict("proposal " + id + " is changing too often; try again");
    }

    private static byte[] random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
