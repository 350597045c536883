package dev.custos.policy;

import static dev.custos.policy.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.types.UsdAmount;
import dev.custos.types.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The shipped baseline policy against the threats its rules answer (docs/POLICY.md, "The baseline policy"). */
class BaselinePolicyTest {
    private final Fixtures fixtures = new Fixtures();

    /** The baseline with DESTINATION allowlisted three days before NOW. */
    private final Policy baseline = fixtures.deployedBaseline(NOW.minusSeconds(3 * 86_400));

    /** A plain USDC transfer to DESTINATION (allowlisted three days before in {@link #baseline}). */
    private static ObjectNode allowlistedTransfer() {
        return Fixtures.event();
    }

    private Decision decide(ObjectNode event) {
        return decide(event, new VelocityTracker());
    }

    private Decision decide(ObjectNode event, VelocityTracker velocity) {
        return fixtures.decide(baseline, event, velocity, NOW);
    }

    @Test
    void shippedBaseline_hasNoWallets_soEveryRequestIsDeniedAsUnknownWallet() {
        Policy shipped = PolicyParser.baseline();

        Decision decision = fixtures.decide(shipped, Fixtures.event());

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.reasons().getFirst()).startsWith("unknown wallet 'w-1'");
        assertThat(decision.facts()).isEmpty();
    }

    static JsonNode bybit(int index) throws IOException {
        try (InputStream in = BaselinePolicyTest.class.getResourceAsStream("/vectors/bybit-safe-tx-71.json")) {
            return Fixtures.MAPPER.readTree(in).get("results").get(index);
        }
    }

    private static ObjectNode safeRequest(JsonNode safeTransaction) {
        ObjectNode event = Fixtures.event();
        event.remove("custos.tx.to");
        event.remove("custos.tx.raw");
        event.set("custos.tx.safe", safeTransaction);
        event.put("custos.tx.chain_id", 1);
        event.put("custos.tx.safe_version", "1.1.1");
        event.put("custos.tx.amount_usd", 0.0);
        return event;
    }

    @Test
    void plainAllowlistedTransfer_allowed() {
        Decision decision = decide(allowlistedTransfer());

        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.matchedRuleIds()).containsExactly("allow-active-destination");
    }

    @Test
    void destinationAllowlistedAnHourAgo_deniedDuringCoolDown() {
        Policy recent = fixtures.deployedBaseline(NOW.minusSeconds(3600));

        assertThat(fixtures.decide(recent, Fixtures.event()).matchedRuleIds())
                .containsExactly("deny-destination-cooling-down");
    }

    @Test
    void unknownDestination_defaultDeny() {
        ObjectNode event = Fixtures.event();
        String other = "0x2222222222222222222222222222222222222222";
        event.put("custos.tx.to", other);
        event.put("custos.tx.raw", Payloads.usdcTransfer(other, BigInteger.valueOf(1_000_000_000L)));

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.reasons()).containsExactly("no allow rule matched (default deny)");
    }

    @Test
    void bybitMaliciousTransaction_deniedForDelegatecallAndUnknownTarget() throws IOException {
        Decision decision = decide(safeRequest(bybit(0)));

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds())
                .contains("deny-delegatecall", "deny-unknown-target", "deny-incomplete-facts");
    }

    @Test
    void bybitDecoy_deniedForSignatureMismatch() throws IOException {
        Decision decision = decide(safeRequest(bybit(1)));

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).contains("deny-signature-mismatch");
    }

    private static ObjectNode safeCall(String to, String data) {
        ObjectNode safe = Fixtures.MAPPER.createObjectNode();
        safe.put("safe", "0x1Db92e2EeBC8E0c075a02BeA49a2935BcD2dFCF4");
        safe.put("to", to);
        safe.put("value", "0");
        safe.put("data", data);
        safe.put("operation", 0);
        safe.put("safeTxGas", "0");
        safe.put("baseGas", "0");
        safe.put("gasPrice", "0");
        safe.put("gasToken", "0x0000000000000000000000000000000000000000");
        safe.put("refundReceiver", "0x0000000000000000000000000000000000000000");
        safe.put("nonce", 72);
        return safe;
    }

    @Test
    void safeThresholdChange_deniedAsGovernanceChange() {
        ObjectNode safe = safeCall("0x1Db92e2EeBC8E0c075a02BeA49a2935BcD2dFCF4", "0x694e80c3" + "0".repeat(63) + "1");

        Decision decision = decide(safeRequest(safe));

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).contains("deny-governance-change");
    }

    @Test
    void unlimitedTokenApproval_denied() {
        String spender = "000000000000000000000000" + "22".repeat(20);
        ObjectNode safe =
                safeCall("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", "0x095ea7b3" + spender + "f".repeat(64));

        Decision decision = decide(safeRequest(safe));

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).contains("deny-unlimited-approval");
    }

    @Test
    void undecodableCalldata_deniedAsBlindSigning() {
        ObjectNode safe = safeCall("0x1111111111111111111111111111111111111111", "0xdeadbeef00");

        assertThat(decide(safeRequest(safe)).matchedRuleIds()).contains("deny-blind-signing");
    }

    @Test
    void highRisk_escalatesToSecurity() {
        ObjectNode event = allowlistedTransfer();
        event.put("custos.risk.score", 75);

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.requiredApprovals().get(0).group()).isEqualTo("security");
    }

    @Test
    void criticalRisk_denied() {
        ObjectNode event = allowlistedTransfer();
        event.put("custos.risk.score", 95);

        assertThat(decide(event).matchedRuleIds()).contains("deny-critical-risk");
        assertThat(decide(event).outcome()).isEqualTo(Verdict.DENY);
    }

    @Test
    void largeAmount_escalatesToTreasury() {
        ObjectNode event = allowlistedTransfer();
        event.put("custos.tx.amount_usd", 150_000.0);
        event.put("custos.tx.raw", Payloads.usdcTransfer(Fixtures.DESTINATION, BigInteger.valueOf(150_000_000_000L)));

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.matchedRuleIds()).containsExactly("escalate-large-amount", "allow-active-destination");
        assertThat(decision.requiredApprovals()).singleElement().satisfies(requirement -> {
            assertThat(requirement.group()).isEqualTo("treasury");
            assertThat(requirement.quorum()).isEqualTo(2);
        });
    }

    @Test
    void dailyVelocity_escalatesWhenHistoryAddsUp() {
        VelocityTracker velocity = new VelocityTracker();
        for (int i = 1; i <= 5; i++) {
            velocity.record(
                    new PastRequest(NOW.minusSeconds(3600L * i), "w-1", "bob", "0xabc", UsdAmount.ofDouble(50_000)));
        }

        Decision decision = decide(allowlistedTransfer(), velocity);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.matchedRuleIds()).containsExactly("escalate-daily-velocity", "allow-active-destination");
    }

    @Test
    void missingVerdict_escalatesToSecurity_neverCountsAsScoreZero() {
        SigningRequest request = RequestParser.parse(allowlistedTransfer(), baseline, NOW);

        Decision decision = PolicyEvaluator.evaluate(baseline, request, new VelocityTracker(), NOW);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.matchedRuleIds()).contains(PolicyEvaluator.UNVERIFIED_VERDICT_RULE);
        assertThat(decision.requiredApprovals().getFirst().group()).isEqualTo("security");
        assertThat(decision.verdict().score()).isEmpty();
    }
}
