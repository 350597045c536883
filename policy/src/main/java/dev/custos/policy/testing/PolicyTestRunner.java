package dev.custos.policy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.EvaluationInput;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.VerdictCheck;
import dev.custos.policy.verdict.VerdictJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs policy test cases: {@code {"cases":[{"name","now"?,"request":{signing.request event},"expect":{"decision",
 * "matched_rules"?:[ids that must match]}}]}}. {@code now} defaults to the request's {@code @timestamp}.
 */
public final class PolicyTestRunner {
    private PolicyTestRunner() {}

    public static List<TestCaseResult> run(Policy policy, JsonNode suite) {
        JsonNode cases = suite.path("cases");
        if (!cases.isArray() || cases.isEmpty()) {
            throw new PolicyInputException("test file must hold a non-empty array \"cases\"");
        }
        List<TestCaseResult> results = new ArrayList<>();
        int index = 0;
        for (JsonNode testCase : cases) {
            String name = testCase.path("name").asText("case " + index);
            index++;
            results.add(runCase(policy, name, testCase));
        }
        return results;
    }

    private static TestCaseResult runCase(Policy policy, String name, JsonNode testCase) {
        JsonNode request = testCase.get("request");
        JsonNode expect = testCase.get("expect");
        if (request == null || expect == null || !expect.path("decision").isTextual()) {
            throw new PolicyInputException("test case '" + name + "' needs \"request\" and \"expect\".\"decision\"");
        }
        Instant now = now(name, testCase, request);
        Decision decision = decide(policy, name, testCase, request, now);
        List<String> problems = new ArrayList<>();
        String expected = expect.path("decision").asText();
        if (!decision.outcome().wireName().equals(expected)) {
            problems.add("expected " + expected + ", got " + decision.outcome().wireName() + " " + decision.reasons());
        }
        for (JsonNode rule : expect.path("matched_rules")) {
            if (!decision.matchedRuleIds().contains(rule.asText())) {
                problems.add("rule " + rule.asText() + " did not match (matched " + decision.matchedRuleIds() + ")");
            }
        }
        return new TestCaseResult(
                name,
                problems.isEmpty(),
                problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)));
    }

    /**
     * With {@code "verdict": {"score": N, "reasons": [..]}} the case states what detection would say (a dry run);
     * otherwise a signed {@code custos.risk.verdict} in the request is verified as on the signing path.
     */
    static Decision decide(Policy policy, String name, JsonNode testCase, JsonNode request, Instant now) {
        SigningRequest parsed = RequestParser.parse(request, policy, now);
        JsonNode stated = testCase.get("verdict");
        if (stated == null || stated.isNull()) {
            return PolicyEvaluator.evaluate(
                    policy,
                    new EvaluationInput(parsed, VerdictJson.fromRequest(request), RequestDigest.of(parsed, policy)),
                    new VelocityTracker(),
                    Clock.fixed(now, ZoneOffset.UTC));
        }
        JsonNode score = stated.get("score");
        if (score == null || !score.canConvertToInt() || score.asInt() < 0 || score.asInt() > 100) {
            throw new PolicyInputException("test case '" + name + "': verdict.score must be an integer from 0 to 100");
        }
        List<String> reasons = new ArrayList<>();
        stated.path("reasons").forEach(reason -> reasons.add(reason.asText()));
        return PolicyEvaluator.dryRun(
                policy, parsed, VerdictCheck.assumed(score.asInt(), reasons), new VelocityTracker(), now);
    }

    private static Instant now(String name, JsonNode testCase, JsonNode request) {
        String text = testCase.path("now").asText(request.path("@timestamp").asText(""));
        if (text.isEmpty()) {
            throw new PolicyInputException("test case '" + name + "' needs \"now\" or a request @timestamp");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new PolicyInputException("test case '" + name + "': time is not RFC 3339: " + text, e);
        }
    }
}
