package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.eval.ApprovalRequirement;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.VerdictCheck;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.policy.PolicyStore.ActivePolicy;
import dev.custos.types.EventFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shadow comparison ({@code POST /v1/policy/shadow}, admins and auditors): a draft policy and the active one each
 * decide the most recent requests again, on the facts derived from their payloads, before any approval, with the
 * risk score detection gave each request assumed, at the time each was submitted, and with no velocity history. The
 * answer lists, per request, what each policy would do and which approvals it would ask — so an admin sees what a
 * change would stop or let through before proposing it. Nothing is changed.
 */
public final class ShadowComparison {
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 500;

    private final RequestStore store;
    private final PolicyStore policies;

    ShadowComparison(RequestStore store, PolicyStore policies) {
        this.store = requireNonNull(store, "store is null");
        this.policies = requireNonNull(policies, "policies is null");
    }

    List<Route> routes() {
        return List.of(Route.post("/v1/policy/shadow", this::shadow));
    }

    private Reply shadow(Call call) {
        call.requireAnyRole("a shadow comparison needs the admin or auditor role", Role.ADMIN, Role.AUDITOR);
        int limit = (int) call.integerQueryParameter("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Policy draft;
        try {
            draft = PolicyParser.parse(StrictJson.tree(call.body()));
        } catch (PolicyInputException | IllegalArgumentException e) {
            throw ApiException.badRequest("the draft is not a policy: " + e.getMessage());
        }
        ActivePolicy active = policies.active()
                .orElseThrow(() -> ApiException.conflict("no policy is active to compare the draft with"));
        return Reply.ok(compare(active.policy(), draft, limit));
    }

    private ObjectNode compare(Policy active, Policy draft, int limit) {
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.put("active_version", active.version());
        answer.put("draft_version", draft.version());
        ArrayNode rows = answer.putArray("requests");
        int changed = 0;
        for (StoredRequest request : store.page(Optional.empty(), Optional.empty(), Optional.empty(), limit)) {
            ObjectNode row = rows.addObject();
            row.put("id", request.id());
            row.put("wallet", request.wallet());
            row.put("created_at", request.createdAt().toString());
            row.put("status", request.status());
            ObjectNode before = decide(active, request);
            ObjectNode after = decide(draft, request);
            boolean differs = !same(before, after);
            row.set("active", before);
            row.set("draft", after);
            row.put("changed", differs);
            changed += differs ? 1 : 0;
        }
        answer.put("compared", rows.size());
        answer.put("changed", changed);
        return answer;
    }

    /** Whether two decisions agree on the outcome, the approvals asked and the delay (matched rules may differ). */
    private static boolean same(JsonNode before, JsonNode after) {
        return before.path("outcome").equals(after.path("outcome"))
                && before.path("approvals").equals(after.path("approvals"))
                && before.path("delay_seconds").equals(after.path("delay_seconds"));
    }

    /** What {@code policy} decides for {@code request} before approvals: the outcome and the approvals it asks. */
    private static ObjectNode decide(Policy policy, StoredRequest request) {
        ObjectNode result = StrictJson.mapper().createObjectNode();
        ObjectNode event = RequestEvent.of(request);
        event.remove(EventFields.APPROVALS);
        Decision decision;
        try {
            SigningRequest parsed = RequestParser.parse(event, policy, request.createdAt());
            decision = PolicyEvaluator.dryRun(
                    policy, parsed, assumedVerdict(request.document()), new VelocityTracker(), request.createdAt());
        } catch (PolicyInputException | IllegalArgumentException e) {
            result.put("outcome", "unreadable");
            result.put("reason", String.valueOf(e.getMessage()));
            return result;
        }
        result.put("outcome", decision.outcome().wireName());
        ArrayNode approvals = result.putArray("approvals");
        for (ApprovalRequirement requirement : decision.requiredApprovals()) {
            approvals.add(requirement.quorum() + " × " + requirement.group());
        }
        if (decision.delaySeconds() > 0) {
            result.put("delay_seconds", decision.delaySeconds());
        }
        ArrayNode rules = result.putArray("rules");
        decision.matchedRules().forEach(rule -> rules.add(rule.id()));
        return result;
    }

    private static VerdictCheck assumedVerdict(JsonNode document) {
        JsonNode score = document.path("risk").path("score");
        List<String> reasons = new ArrayList<>();
        document.path("risk").path("reasons").forEach(reason -> reasons.add(reason.asText()));
        return VerdictCheck.assumed(score.isInt() ? score.asInt() : 0, reasons);
    }
}
