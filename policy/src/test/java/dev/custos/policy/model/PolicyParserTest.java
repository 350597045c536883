package dev.custos.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policy.Fixtures;
import dev.custos.policy.PolicyInputException;
import org.junit.jupiter.api.Test;

class PolicyParserTest {
    private final Fixtures fixtures = new Fixtures();

    @Test
    void baseline_loadsWithEveryRuleCompiled() {
        Policy baseline = PolicyParser.baseline();

        assertThat(baseline.version()).isEqualTo(1);
        assertThat(baseline.rules())
                .extracting(Rule::id)
                .contains(
                        "deny-delegatecall",
                        "deny-blind-signing",
                        "deny-governance-change",
                        "deny-critical-risk",
                        "escalate-high-risk",
                        "allow-active-destination");
    }

    @Test
    void parse_conditionWithSyntaxError_namesRuleAndCelError() {
        assertThatThrownBy(() -> fixtures.policy(
                        "[{\"id\":\"broken-rule\",\"effect\":\"deny\",\"condition\":\"amount_usd >\"}]"))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("rule 'broken-rule'")
                .hasMessageContaining("does not compile")
                .hasMessageContaining("ERROR");
    }

    @Test
    void parse_conditionNotBoolean_rejectedWithRuleId() {
        assertThatThrownBy(() -> fixtures.policy(
                        "[{\"id\":\"numeric\",\"effect\":\"deny\",\"condition\":\"amount_usd + 1.0\"}]"))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("rule 'numeric'")
                .hasMessageContaining("bool");
    }

    @Test
    void parse_undeclaredVariable_rejected() {
        assertThatThrownBy(() -> fixtures.policy(
                        "[{\"id\":\"typo\",\"effect\":\"deny\",\"condition\":\"wallet.balance > 1.0\"}]"))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("rule 'typo'")
                .hasMessageContaining("wallet.balance");
    }

    @Test
    void parse_typeError_rejected() {
        assertThatThrownBy(() -> fixtures.policy(
                        "[{\"id\":\"types\",\"effect\":\"deny\",\"condition\":\"risk.score == 'high'\"}]"))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("rule 'types'");
    }

    @Test
    void parse_unknownField_rejected() {
        assertThatThrownBy(() -> fixtures.policy(
                        "[{\"id\":\"x\",\"effect\":\"deny\",\"condition\":\"true\",\"conditon\":\"false\"}]"))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("unknown field 'conditon'");
    }

    @Test
    void parse_unknownEffect_rejected() {
        assertThatThrownBy(() -> fixtures.policy("[{\"id\":\"x\",\"effect\":\"permit\",\"condition\":\"true\"}]"))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("rule 'x': effect");
    }

    @Test
    void parse_duplicateRuleIds_rejected() {
        assertThatThrownBy(() -> fixtures.policy("[{\"id\":\"x\",\"effect\":\"deny\",\"condition\":\"true\"},"
                        + "{\"id\":\"x\",\"effect\":\"allow\",\"condition\":\"true\"}]"))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("duplicate rule id 'x'");
    }

    @Test
    void parse_invalidApproverKey_rejected() {
        var document = fixtures.document(1, "[]");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        document.get("approvers").get(0))
                .put("public_key", "00".repeat(31) + "80");

        assertThatThrownBy(() -> PolicyParser.parse(document))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("approver alice");
    }

    @Test
    void parse_requireApprovalsEffect_readsGroupsAndQuorum() {
        Policy policy = fixtures.policy("[{\"id\":\"two\",\"effect\":{\"require_approvals\":"
                + "{\"groups\":[\"treasury\",\"security\"],\"quorum\":2}},\"condition\":\"true\"}]");

        assertThat(policy.rules().get(0).effect())
                .isEqualTo(new Effect.RequireApprovals(java.util.List.of("treasury", "security"), 2));
    }
}
