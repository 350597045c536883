package dev.custos.policy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.velocity.VelocityTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Dry-run mode: decides a request with the active policy and a candidate, and reports how they differ. */
public final class ShadowEvaluator {
    private ShadowEvaluator() {}

    public static ShadowReport compare(
            Policy active, Policy candidate, JsonNode event, VelocityTracker velocity, Instant now) {
        Decision enforced = PolicyEvaluator.evaluate(active, RequestParser.parse(event, active, now), velocity, now);
        Decision shadow =
                PolicyEvaluator.evaluate(candidate, RequestParser.parse(event, candidate, now), velocity, now);
        List<String> differences = new ArrayList<>();
        if (enforced.outcome() != shadow.outcome()) {
            differences.add("decision: " + enforced.outcome().wireName() + " -> "
                    + shadow.outcome().wireName());
        }
        if (enforced.delaySeconds() != shadow.delaySeconds()) {
            differences.add("delay_seconds: " + enforced.delaySeconds() + " -> " + shadow.delaySeconds());
        }
        if (!enforced.requiredApprovals().equals(shadow.requiredApprovals())) {
            differences.add(
                    "required approvals: " + enforced.requiredApprovals() + " -> " + shadow.requiredApprovals());
        }
        for (String id : enforced.matchedRuleIds()) {
            if (!shadow.matchedRuleIds().contains(id)) {
                differences.add("rule " + id + " no longer matches");
            }
        }
        for (String id : shadow.matchedRuleIds()) {
            if (!enforced.matchedRuleIds().contains(id)) {
                differences.add("rule " + id + " newly matches");
            }
        }
        return new ShadowReport(enforced, shadow, differences);
    }
}
