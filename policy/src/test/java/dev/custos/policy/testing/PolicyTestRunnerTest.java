package dev.custos.policy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.Payloads;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.VerdictJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTestRunnerTest {
    private final Fixtures fixtures = new Fixtures();
    private final Policy baseline = fixtures.deployedBaseline(Fixtures.NOW.minusSeconds(30L * 86_400));

    private static ObjectNode suite(ObjectNode request, String decision, String... rules) {
        ObjectNode suite = Fixtures.MAPPER.createObjectNode();
        ObjectNode testCase = suite.putArray("cases").addObject();
        testCase.put("name", "case");
        testCase.set("request", request);
        ObjectNode expect = testCase.putObject("expect");
        expect.put("decision", decision);
        ArrayNode matched = expect.putArray("matched_rules");
        for (String rule : rules) {
            matched.add(rule);
        }
        return suite;
    }

    @Test
    void run_expectationMet_passes() {
        ObjectNode suite = suite(Fixtures.event(), "deny", "deny-critical-risk");
        ((ObjectNode) suite.get("cases").get(0)).putObject("verdict").put("score", 99);

        List<TestCaseResult> results = PolicyTestRunner.run(baseline, suite);

        assertThat(results).extracting(TestCaseResult::passed).containsExactly(true);
    }

    @Test
    void run_wrongDecision_failsWithExplanation() {
        List<TestCaseResult> results = PolicyTestRunner.run(baseline, suite(Fixtures.event(), "allow"));

        assertThat(results.get(0).passed()).isFalse();
        assertThat(results.get(0).failure()).get().asString().contains("expected allow, got escalate");
    }

    @Test
    void run_missingRule_fails() {
        List<TestCaseResult> results =
                PolicyTestRunner.run(baseline, suite(Fixtures.event(), "deny", "deny-delegatecall"));

        assertThat(results.get(0).failure()).get().asString().contains("deny-delegatecall did not match");
    }

    @Test
    void run_emptySuite_rejected() {
        assertThatThrownBy(() -> PolicyTestRunner.run(baseline, Fixtures.MAPPER.createObjectNode()))
                .isInstanceOf(PolicyInputException.class);
    }

    @Test
    void shadow_candidateWithExtraDeny_reportsDifference() {
        ObjectNode document = (ObjectNode) Fixtures.read(baseline.canonicalJson());
        document.put("policy_version", 2);
        ((ArrayNode) document.get("rules"))
                .addObject()
                .put("id", "deny-usdc")
                .put("effect", "deny")
                .put("condition", "tx.asset == '" + Payloads.USDC + "'");
        Policy candidate = PolicyParser.parse(document);
        ObjectNode request = Fixtures.event();
        SigningRequest parsed = RequestParser.parse(request, baseline, Fixtures.NOW);
        request.set(
                "custos.risk.verdict",
                VerdictJson.write(fixtures.verdict(
                        RequestDigest.of(parsed, baseline),
                        0,
                        Fixtures.NOW.minusSeconds(10),
                        Fixtures.NOW.plusSeconds(600))));

        ShadowReport report =
                ShadowEvaluator.compare(baseline, candidate, request, new VelocityTracker(), Fixtures.NOW);

        assertThat(report.active().outcome().wireName()).isEqualTo("allow");
        assertThat(report.candidate().outcome().wireName()).isEqualTo("deny");
        assertThat(report.differences()).contains("decision: allow -> deny", "rule deny-usdc newly matches");
    }

    @Test
    void shadow_identicalPolicies_agree() {
        ShadowReport report =
                ShadowEvaluator.compare(baseline, baseline, Fixtures.event(), new VelocityTracker(), Fixtures.NOW);

        assertThat(report.agrees()).isTrue();
    }
}
