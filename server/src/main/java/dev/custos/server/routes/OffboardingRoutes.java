package dev.custos.server.routes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.ApiTokens;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.CallOrigin;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.GovernanceEvents;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.policy.PolicyStore;
import dev.custos.types.EventFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * {@code POST /v1/people/{name}/offboard} (admin): a person leaves. At once, and recorded in the audit log: their
 * departure is kept (the exposure analysis then counts them as left and reports any power they still hold), every token
 * of theirs is revoked and every console session of theirs ends, and a passkey sign-in by them is refused. What the
 * server cannot do alone — take their keys out of the quorum-signed policy — comes back as a draft of the next policy
 * version without them, to propose as a governed change (the governance gate counts any change to the approvers as a
 * loosening, so it needs the admin quorum and the time lock; until then the exposure analysis reports the leaver's
 * remaining approval power as a high finding).
 */
public final class OffboardingRoutes {
    private static final int MAX_REASON = 500;

    private final PeopleStore people;
    private final ApiTokens tokens;
    private final ToIntFunction<String> endSessions;
    private final PolicyStore policies;
    private final AuditTrail audit;
    private final GovernanceEvents governance;

    public OffboardingRoutes(
            PeopleStore people,
            ApiTokens tokens,
            ToIntFunction<String> endSessions,
            PolicyStore policies,
            AuditTrail audit,
            GovernanceEvents governance) {
        this.governance = requireNonNull(governance, "governance is null");
        this.people = requireNonNull(people, "people is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.endSessions = requireNonNull(endSessions, "endSessions is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    public List<Route> routes() {
        return List.of(Route.post("/v1/people/{name}/offboard", this::offboard));
    }

    private Reply offboard(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        String name = call.path("name");
        String reason =
                JsonFields.of(StrictJson.tree(call.body()), Set.of("reason")).text("reason");
        if (reason.length() > MAX_REASON) {
            throw ApiException.badRequest("field 'reason' must be at most " + MAX_REASON + " characters");
        }
        if (people.find(name).isEmpty()) {
            throw ApiException.notFound("no person named '" + name + "'");
        }
        boolean recorded = people.recordDeparture(name, admin.name(), reason);
        int revoked = tokens.revokeAll(name);
        int sessions = endSessions.applyAsInt(name);
        Optional<ObjectNode> draft = policyWithout(name);
        long entry = audit.record(
                admin.name(),
                "person.offboarded",
                name,
                Map.of(
                        "reason", reason,
                        "revoked_tokens", revoked,
                        "ended_sessions", sessions,
                        "in_policy", draft.isPresent()));
        governance.observe(
                "person.offboarded",
                entry,
                Optional.of(admin.name()),
                CallOrigin.of(call),
                name,
                Map.of(EventFields.USER_TARGET_NAME, name));
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.put("person", name);
        answer.put("departed_at", people.departures().get(name).toString());
        answer.put("already_departed", !recorded);
        answer.put("revoked_tokens", revoked);
        answer.put("ended_sessions", sessions);
        answer.put("in_policy", draft.isPresent());
        draft.ifPresentOrElse(document -> answer.set("policy_draft", document), () -> answer.putNull("policy_draft"));
        return Reply.ok(answer);
    }

    /** The next version of the active policy without {@code name} as an approver, when the policy names them. */
    private Optional<ObjectNode> policyWithout(String name) {
        return policies.active().flatMap(active -> {
            ObjectNode next = (ObjectNode) StrictJson.tree(active.document());
            ArrayNode approvers = (ArrayNode) next.path("approvers");
            boolean named = false;
            for (int i = approvers.size() - 1; i >= 0; i--) {
                JsonNode approver = approvers.get(i);
                if (approver.path("name").asText().equals(name)) {
                    approvers.remove(i);
                    named = true;
                }
            }
            if (!named) {
                return Optional.empty();
            }
            next.put("policy_version", active.policy().version() + 1);
            return Optional.of(next);
        });
    }
}
