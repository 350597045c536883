package dev.custos.policy.eval;

import static dev.custos.policy.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.Payloads;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.types.Verdict;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
    private static final String ALLOW_ALL = "{\"id\":\"allow-all\",\"effect\":\"allow\",\"condition\":\"true\"}";
    private final Fixtures fixtures = new Fixtures();

    private Decision decide(String rules, ObjectNode event) {
        Policy policy = fixtures.policy(rules);
        return fixtures.decide(policy, event);
    }

    @Test
    void evaluate_noRules_defaultDeny() {
        Decision decision = decide("[]", event());

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.reasons()).containsExactly("no allow rule matched (default deny)");
        assertThat(decision.matchedRules()).isEmpty();
    }

    @Test
    void evaluate_allowRuleNotMatching_defaultDeny() {
        Decision decision =
                decide("[{\"id\":\"small\",\"effect\":\"allow\",\"condition\":\"amount_usd < 10.0\"}]", event());

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
    }

    @Test
    void evaluate_allowRuleMatching_allows() {
        Decision decision = decide("[" + ALLOW_ALL + "]", event());

        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.matchedRuleIds()).containsExactly("allow-all");
        assertThat(decision.delaySeconds()).isZero();
    }

    @Test
    void evaluate_denyAndAllowBothMatch_denyWins() {
        Decision decision = decide(
                "[" + ALLOW_ALL + ",{\"id\":\"no-usdc\",\"description\":\"USDC is blocked\",\"effect\":\"deny\","
                        + "\"condition\":\"tx.asset == '" + Payloads.USDC + "'\"}]",
                event());

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).containsExactly("allow-all", "no-usdc");
        assertThat(decision.reasons()).containsExactly("no-usdc: USDC is blocked");
    }

    @Test
    void evaluate_denyListedFirst_stillDeniesWhateverTheOrder() {
        Decision decision = decide(
                "[{\"id\":\"no-usdc\",\"effect\":\"deny\",\"condition\":\"tx.asset == '" + Payloads.USDC + "'\"},"
                        + ALLOW_ALL + "]",
                event());

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
    }

    @Test
    void evaluate_requireApprovalsWithoutApprovals_escalates() {
        Decision decision = decide(
                "[" + ALLOW_ALL + ",{\"id\":\"big\",\"effect\":{\"require_approvals\":{\"groups\":[\"treasury\"],"
                        + "\"quorum\":2}},\"condition\":\"amount_usd >= 1000.0\"}]",
                event());

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.requiredApprovals())
                .containsExactly(new ApprovalRequirement("treasury", 2, java.util.List.of()));
        assertThat(decision.reasons().get(0))
                .contains("treasury")
                .contains("0 of 2")
                .contains("big");
    }

    @Test
    void evaluate_requireApprovalsWithoutAnyAllow_stillDenies() {
        Decision decision = decide(
                "[{\"id\":\"big\",\"effect\":{\"require_approvals\":{\"groups\":[\"treasury\"],\"quorum\":1}},"
                        + "\"condition\":\"true\"}]",
                event());

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
    }

    @Test
    void evaluate_twoRulesSameGroup_largestQuorumApplies() {
        Decision decision = decide(
                "[" + ALLOW_ALL + ",{\"id\":\"a\",\"effect\":{\"require_approvals\":{\"groups\":[\"treasury\"],"
                        + "\"quorum\":1}},\"condition\":\"true\"},{\"id\":\"b\",\"effect\":{\"require_approvals\":"
                        + "{\"groups\":[\"treasury\"],\"quorum\":3}},\"condition\":\"true\"}]",
                event());

        assertThat(decision.requiredApprovals())
                .extracting(ApprovalRequirement::quorum)
                .containsExactly(3);
    }

    @Test
    void evaluate_delayRules_longestDelayApplies() {
        Decision decision = decide(
                "[" + ALLOW_ALL + ",{\"id\":\"d1\",\"effect\":{\"delay\":{\"seconds\":600}},\"condition\":\"true\"},"
                        + "{\"id\":\"d2\",\"effect\":{\"delay\":{\"seconds\":3600}},\"condition\":\"true\"},"
                        + "{\"id\":\"d3\",\"effect\":{\"delay\":{\"seconds\":99999}},\"condition\":\"false\"}]",
                event());

        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.delaySeconds()).isEqualTo(3600);
        assertThat(decision.matchedRuleIds()).containsExactly("allow-all", "d1", "d2");
    }

    @Test
    void evaluate_frozenWallet_deniesEvenWithAllow() {
        var document = fixtures.document(1, "[" + ALLOW_ALL + "]");
        document.putArray("frozen_wallets").add("w-1");
        Policy policy = PolicyParser.parse(document);

        Decision decision = fixtures.decide(policy, event());

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.reasons().get(0)).contains("frozen");
    }

    @Test
    void evaluate_conditionFailsAtRuntime_failsClosed() {
        Decision decision = decide(
                "[" + ALLOW_ALL + ",{\"id\":\"divides\",\"effect\":\"allow\","
                        + "\"condition\":\"10 / (risk.score - risk.score) > 1\"}]",
                event());

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.reasons().get(0)).startsWith("divides: condition failed to evaluate");
    }

    @Test
    void evaluate_typedVariables_seeRequestFields() {
        ObjectNode event = event();
        event.put("custos.risk.score", 42);
        event.putArray("custos.risk.reasons").add("new_device");
        Decision decision = decide(
                "[{\"id\":\"all-fields\",\"effect\":\"allow\",\"condition\":\"wallet.id == 'w-1' && wallet.tier =="
                        + " 'warm' && wallet.chain == 'ethereum' && initiator.name == 'alice' &&"
                        + " initiator.role == 'operator' && amount_usd == 1000.0 && approval_usd == 0.0"
                        + " && risk.score == 42 && 'test_detector' in risk.reasons && risk.verified"
                        + " && risk.verdict == 'verified' && time.hour_utc == 12 && time.weekday == 1"
                        + " && intent.present && intent.function == 'transfer' && 'token_transfer' in flags"
                        + " && tx.to == '" + Fixtures.DESTINATION + "' && recipients == ['" + Fixtures.DESTINATION
                        + "'] && transfers.size() == 1 && transfers[0]['kind'] == 'token'"
                        + " && transfers[0]['amount'] == '1000000000' && transfers[0]['usd'] == '1000.000000'"
                        + " && facts.complete && !facts.unpriced && !facts.claim_mismatch && !facts.unknown_calldata"
                        + " && destination.active && destination.label == 'exchange deposit'"
                        + " && request.id == 'req-1'\"}]",
                event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void evaluate_sameInputs_sameDecision() {
        String rules =
                "[" + ALLOW_ALL + ",{\"id\":\"x\",\"effect\":{\"delay\":{\"seconds\":5}},\"condition\":\"true\"}]";
        Policy policy = fixtures.policy(rules);

        Decision first = fixtures.decide(policy, event());
        Decision second = fixtures.decide(policy, event());

        assertThat(first).isEqualTo(second);
    }
}
