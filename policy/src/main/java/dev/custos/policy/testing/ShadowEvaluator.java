package dev.custos.policy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.EvaluationInput;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.VerdictJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Dry-run mode: decides a request with the active policy and a candidate, and reports how they differ. */
public final class ShadowEvaluator {
    private ShadowEvaluator() {}

    public static ShadowReport compare(
            Policy active, Policy candidate, JsonNode event, VelocityTracker velocity, Instant now) {
        Decision enforced = decide(active, event, velocity, now);
        Decision shadow = decide(candidate, event, velocity, now);
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

    /** As on the signing path: the request's signed verdict (if any) verified against each policy's key. */
    private static Decision decide(Policy policy, JsonNode event, VelocityTracker velocity, Instant now) {
        SigningRequest request = RequestParser.parse(event, policy, now);
        return PolicyEvaluator.evaluate(
                policy,
                new EvaluationInput(request, VerdictJson.fromRequest(event), RequestDigest.of(request, policy)),
                velocity,
                Clock.fixed(now, ZoneOffset.UTC));
    }
}
