package dev.custos.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policy.Fixtures;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.simulation.SimulationFacts;
import dev.custos.policy.simulation.SimulationFacts.Outflow;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.types.Verdict;
import java.math.BigInteger;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulationVariablesTest {
    private static final String ALLOW_ALL = "{\"id\":\"all\",\"effect\":\"allow\",\"condition\":\"true\"}";
    private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

    private final Fixtures fixtures = new Fixtures();

    private Decision decide(Policy policy, SimulationFacts simulation) {
        SigningRequest request = RequestParser.parse(Fixtures.event(), policy, Fixtures.NOW);
        byte[] digest = RequestDigest.of(request, policy);
        return PolicyEvaluator.evaluate(
                policy,
                new EvaluationInput(
                        request,
                        Optional.of(fixtures.verdict(
                                digest, 0, Fixtures.NOW.minusSeconds(60), Fixtures.NOW.plusSeconds(600))),
                        digest,
                        simulation),
                new VelocityTracker(),
                Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
    }

    private static SimulationFacts slotZeroRewrite() {
        return new SimulationFacts(true, false, true, List.of("implementation_change"), List.of());
    }

    @Test
    void walletStorageChanged_deniesWhereTheSimulationSawIt() {
        Policy policy = fixtures.policy("[" + ALLOW_ALL + ",{\"id\":\"storage\",\"effect\":\"deny\","
                + "\"condition\":\"sim.wallet_storage_changed || sim.implementation_change\"}]");

        assertThat(decide(policy, slotZeroRewrite()).outcome()).isEqualTo(Verdict.DENY);
        assertThat(decide(policy, slotZeroRewrite()).reasons()).anyMatch(reason -> reason.startsWith("storage"));
        assertThat(decide(policy, new SimulationFacts(true, false, false, List.of(), List.of()))
                        .outcome())
                .isEqualTo(Verdict.ALLOW);
    }

    @Test
    void withoutASimulation_aRuleWrittenFailClosedStillHolds() {
        Policy policy = fixtures.policy("[" + ALLOW_ALL + ",{\"id\":\"unsimulated\",\"effect\":"
                + "{\"require_approvals\":{\"groups\":[\"treasury\"],\"quorum\":1}},"
                + "\"condition\":\"!sim.available || sim.wallet_storage_changed\"}]");

        assertThat(decide(policy, SimulationFacts.unavailable()).outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decide(policy, new SimulationFacts(true, false, false, List.of(), List.of()))
                        .outcome())
                .isEqualTo(Verdict.ALLOW);
    }

    @Test
    void outflows_arePricedByThePolicysTable() {
        Policy policy = fixtures.policy("[" + ALLOW_ALL + ",{\"id\":\"big\",\"effect\":\"deny\","
                + "\"condition\":\"sim.outflows_usd > 2500.0\"},{\"id\":\"unpriced\",\"effect\":\"deny\","
                + "\"condition\":\"sim.outflows_unpriced\"},{\"id\":\"usdc\",\"effect\":\"deny\","
                + "\"condition\":\"sim.outflows.exists(o, o['asset'] == '" + USDC + "' && o['amount'] == '5')\"}]");
        // 1 ETH at 2000 USD and 600 USDC at 1 USD: 2600 USD
        SimulationFacts simulation = new SimulationFacts(
                true,
                false,
                false,
                List.of(),
                List.of(
                        new Outflow("native", BigInteger.TEN.pow(18)),
                        new Outflow(USDC, BigInteger.valueOf(600_000_000L))));

        Decision decision = decide(policy, simulation);

        assertThat(decision.matchedRules()).extracting(MatchedRule::id).containsExactly("all", "big");
        Map<String, Object> vars =
                SimulationVariables.of(policy, policy.wallet("w-1").orElseThrow(), simulation);
        assertThat(vars.get("sim.outflows_usd")).isEqualTo(2600.0);
        assertThat(vars.get("sim.outflows_unpriced")).isEqualTo(false);
    }

    @Test
    void anUnpricedOutflow_isMarkedAndLeftOutOfTheTotal() {
        Policy policy = fixtures.policy("[" + ALLOW_ALL + "]");
        SimulationFacts simulation = new SimulationFacts(
                true,
                false,
                false,
                List.of(),
                List.of(new Outflow("0x00000000000000000000000000000000000000aa", BigInteger.ONE)));

        Map<String, Object> vars =
                SimulationVariables.of(policy, policy.wallet("w-1").orElseThrow(), simulation);

        assertThat(vars.get("sim.outflows_usd")).isEqualTo(0.0);
        assertThat(vars.get("sim.outflows_unpriced")).isEqualTo(true);
        assertThat(vars.get("sim.available")).isEqualTo(true);
    }

    @Test
    void facts_refuseFindingsWithoutASimulationAndMalformedOutflows() {
        assertThatThrownBy(() -> new SimulationFacts(false, false, true, List.of(), List.of()))
                .hasMessageContaining("not available has no findings");
        assertThatThrownBy(() -> new Outflow("USDC", BigInteger.ONE)).hasMessageContaining("'USDC'");
        assertThatThrownBy(() -> new Outflow("native", BigInteger.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new SimulationFacts(true, false, true, List.of("Bad Flag"), List.of()))
                .hasMessageContaining("'Bad Flag'");
    }
}
