package dev.custos.policy.eval;

import static dev.custos.policy.Fixtures.event;
import static dev.custos.policy.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policy.Fixtures;
import dev.custos.policy.facts.DerivedFacts;
import dev.custos.policy.facts.FactsDeriver;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Wallet;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.VerdictCheck;
import dev.custos.policy.verdict.VerdictVerifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleMatchesTest {
    private final Fixtures fixtures = new Fixtures();

    private static RuleMatches evaluate(Policy policy) {
        SigningRequest request = request(policy, event());
        Wallet wallet = policy.wallet("w-1").orElseThrow();
        DerivedFacts facts = FactsDeriver.derive(policy, wallet, request.payload());
        VerdictCheck verdict = VerdictVerifier.verify(policy, Optional.empty(), new byte[32], Fixtures.NOW);
        return RuleMatches.evaluate(
                policy,
                request,
                RequestVariables.of(
                        policy,
                        wallet,
                        request,
                        facts,
                        verdict,
                        List.of(),
                        new VelocityTracker(),
                        Set.of(),
                        Fixtures.NOW));
    }

    @Test
    void evaluate_quorumsAndDelays_keepTheLargestOfTheMatchingRules() {
        Policy policy = fixtures.policy("["
                + "{\"id\":\"one\",\"effect\":{\"require_approvals\":{\"groups\":[\"treasury\"],\"quorum\":1}},"
                + "\"condition\":\"true\"},"
                + "{\"id\":\"two\",\"effect\":{\"require_approvals\":{\"groups\":[\"treasury\",\"security\"],"
                + "\"quorum\":2}},\"condition\":\"true\"},"
                + "{\"id\":\"short\",\"effect\":{\"delay\":{\"seconds\":60}},\"condition\":\"true\"},"
                + "{\"id\":\"long\",\"effect\":{\"delay\":{\"seconds\":600}},\"condition\":\"true\"},"
                + "{\"id\":\"longest\",\"effect\":{\"delay\":{\"seconds\":6000}},\"condition\":\"false\"}]");

        RuleMatches matches = evaluate(policy);

        assertThat(matches.quorums()).isEqualTo(Map.of("treasury", 2, "security", 2));
        assertThat(matches.delaySeconds()).isEqualTo(600);
        assertThat(matches.matched()).extracting(MatchedRule::id).containsExactly("one", "two", "short", "long");
        assertThat(matches.denyReasons()).isEmpty();
        assertThat(matches.allowReasons()).isEmpty();
    }

    @Test
    void evaluate_conditionThatFailsToEvaluate_isADenyReasonAndAMatch() {
        Policy policy = fixtures.policy("[{\"id\":\"broken\",\"effect\":\"allow\","
                + "\"condition\":\"10 / (time.unix - time.unix) > 1\"},"
                + "{\"id\":\"all\",\"description\":\"everything\",\"effect\":\"allow\",\"condition\":\"true\"}]");

        RuleMatches matches = evaluate(policy);

        assertThat(matches.denyReasons())
                .singleElement()
                .asString()
                .startsWith("broken: condition failed to evaluate, failing closed: ");
        assertThat(matches.matched()).extracting(MatchedRule::id).containsExactly("broken", "all");
        assertThat(matches.allowReasons()).containsExactly("all: everything");
    }
}
