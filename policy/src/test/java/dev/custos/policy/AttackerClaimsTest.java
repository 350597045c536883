package dev.custos.policy;

import static dev.custos.policy.Fixtures.DESTINATION;
import static dev.custos.policy.Fixtures.NOW;
import static dev.custos.policy.Payloads.ATTACKER;
import static dev.custos.policy.Payloads.USDC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.safe.Operation;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.EvaluationInput;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.SignedVerdict;
import dev.custos.policy.verdict.VerdictStatus;
import dev.custos.types.Verdict;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per attacker-controlled request field (issue 11): each claim is set to what would get the request through,
 * while the payload does something else, and the decision follows the payload, the policy, the clock and the verified
 * verdict only.
 */
class AttackerClaimsTest {
    private static final BigInteger FIFTY_MILLION_USDC =
            BigInteger.valueOf(50_000_000L).multiply(BigInteger.TEN.pow(6));

    private final Fixtures fixtures = new Fixtures();
    private final Policy baseline = fixtures.deployedBaseline(NOW.minusSeconds(30L * 86_400));

    private Decision decide(ObjectNode event) {
        return fixtures.decide(baseline, event);
    }

    @Test
    void claimedAllowlistedTo_rawTransactionPaysTheAttacker_denied() {
        ObjectNode event = Fixtures.event();
        event.put("custos.tx.raw", Payloads.usdcTransfer(ATTACKER, BigInteger.valueOf(1_000_000_000L)));

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).doesNotContain("allow-active-destination");
        assertThat(decision.facts().orElseThrow().recipients()).containsExactly(ATTACKER);
        assertThat(decision.claimMismatches())
                .anySatisfy(m -> assertThat(m).contains("custos.tx.to claims " + DESTINATION, "pays " + ATTACKER));
    }

    @Test
    void claimedAllowlistedTo_nativeValueOfARawTransactionToTheAttacker_denied() {
        ObjectNode event = Fixtures.event();
        event.put("custos.tx.raw", Payloads.eip1559(ATTACKER, BigInteger.TEN.pow(18), new byte[0]));

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.facts().orElseThrow().amountUsd()).isEqualByComparingTo("2000");
    }

    @Test
    void claimedAllowlistedTo_safeTransactionPaysTheAttacker_denied() {
        ObjectNode event = Fixtures.event();
        event.remove("custos.tx.raw");
        event.set(
                "custos.tx.safe",
                Payloads.safeTransaction(
                        USDC,
                        BigInteger.ZERO,
                        Payloads.erc20Transfer(ATTACKER, BigInteger.valueOf(1_000_000_000L)),
                        Operation.CALL));

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.facts().orElseThrow().recipients()).containsExactly(ATTACKER);
        assertThat(decision.matchedRuleIds()).doesNotContain("allow-active-destination");
    }

    @Test
    void claimedAllowlistedTo_erc20TransferInsideAMultiSend_paysTheAttacker_denied() {
        // a policy that trusts the canonical MultiSend for delegatecall and allows active destinations
        ObjectNode document = fixtures.document(
                1,
                "[{\"id\":\"allow-active\",\"effect\":\"allow\","
                        + "\"condition\":\"destination.active\"},{\"id\":\"deny-incomplete\",\"effect\":\"deny\","
                        + "\"condition\":\"!facts.complete\"}]");
        ((com.fasterxml.jackson.databind.node.ArrayNode) document.get("known_contracts"))
                .addObject()
                .put("address", Payloads.MULTI_SEND)
                .put("label", "MultiSendCallOnly")
                .put("standard", "multisend");
        Policy policy = PolicyParser.parse(document);
        byte[] batch = Payloads.multiSend(
                Payloads.call(DESTINATION, BigInteger.ZERO, new byte[0]),
                Payloads.call(USDC, BigInteger.ZERO, Payloads.erc20Transfer(ATTACKER, FIFTY_MILLION_USDC)));
        ObjectNode event = Fixtures.event();
        event.remove("custos.tx.raw");
        event.set(
                "custos.tx.safe",
                Payloads.safeTransaction(Payloads.MULTI_SEND, BigInteger.ZERO, batch, Operation.DELEGATECALL));

        Decision decision = fixtures.decide(policy, event);

        assertThat(decision.facts().orElseThrow().complete()).isTrue();
        assertThat(decision.facts().orElseThrow().recipients()).containsExactly(ATTACKER);
        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).isEmpty();
    }

    @Test
    void safeOfAnotherAccount_whenTheWalletDeclaresItsSafe_isIncomplete() {
        ObjectNode document = fixtures.document(
                1,
                "[{\"id\":\"allow-active\",\"effect\":\"allow\","
                        + "\"condition\":\"destination.active\"},{\"id\":\"deny-incomplete\",\"effect\":\"deny\","
                        + "\"condition\":\"!facts.complete\"}]");
        ((ObjectNode) document.get("wallets").get(0)).putArray("own_addresses").add(Payloads.SAFE);
        Policy policy = PolicyParser.parse(document);
        ObjectNode own = Fixtures.event();
        own.remove("custos.tx.raw");
        own.set(
                "custos.tx.safe",
                Payloads.safeTransaction(
                        USDC,
                        BigInteger.ZERO,
                        Payloads.erc20Transfer(DESTINATION, BigInteger.valueOf(1_000_000_000L)),
                        Operation.CALL));
        ObjectNode other = own.deepCopy();
        ((ObjectNode) other.get("custos.tx.safe")).put("safe", "0x7777777777777777777777777777777777777777");

        Decision fromOwnSafe = fixtures.decide(policy, own);
        Decision fromOtherSafe = fixtures.decide(policy, other);

        assertThat(fromOwnSafe.outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(fromOtherSafe.outcome()).isEqualTo(Verdict.DENY);
        assertThat(fromOtherSafe.facts().orElseThrow().incomplete())
                .singleElement()
                .asString()
                .contains("0x7777777777777777777777777777777777777777", "not one of wallet w-1's own addresses");
    }

    @Test
    void claimedSmallAmountUsd_with50MillionUsdcPayload_escalatesOnTheDerivedAmount() {
        ObjectNode event = Fixtures.event();
        event.put("custos.tx.amount_usd", 10.0);
        event.put("custos.tx.raw", Payloads.usdcTransfer(DESTINATION, FIFTY_MILLION_USDC));

        Decision decision = decide(event);

        assertThat(decision.facts().orElseThrow().amountUsd()).isEqualByComparingTo("50000000");
        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.matchedRuleIds()).contains("escalate-large-amount", "escalate-claim-mismatch");
        assertThat(decision.claimMismatches())
                .anySatisfy(m -> assertThat(m).contains("custos.tx.amount_usd claims 10"));
    }

    @Test
    void claimedOldAllowlistedAt_destinationAddedAnHourAgoInThePolicy_stillCoolingDown() {
        Policy recent = fixtures.deployedBaseline(NOW.minusSeconds(3600));
        ObjectNode event = Fixtures.event();
        event.put(
                "custos.destination.allowlisted_at",
                NOW.minusSeconds(90L * 86_400).toString());

        Decision decision = fixtures.decide(recent, event);

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).contains("deny-destination-cooling-down");
        assertThat(decision.claimMismatches()).anySatisfy(m -> assertThat(m).contains("allowlisted_at"));
    }

    @Test
    void claimedRiskScoreZero_withoutAVerdict_escalates() {
        ObjectNode event = Fixtures.event();
        event.put("custos.risk.score", 0);
        SigningRequest request = RequestParser.parse(event, baseline, NOW);

        Decision decision = PolicyEvaluator.evaluate(baseline, request, new VelocityTracker(), NOW);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.verdict().status()).isEqualTo(VerdictStatus.MISSING);
        assertThat(decision.matchedRuleIds()).contains(PolicyEvaluator.UNVERIFIED_VERDICT_RULE);
    }

    @Test
    void claimedRiskScoreZero_verdictForgedWithAnotherKey_escalates() {
        ObjectNode event = Fixtures.event();
        SigningRequest request = RequestParser.parse(event, baseline, NOW);
        byte[] digest = RequestDigest.of(request, baseline);
        DeviceKey forger = DeviceKey.generate(new SecureRandom());
        Instant issued = NOW.minusSeconds(10);
        Instant expires = NOW.plusSeconds(600);
        byte[] signature = forger.sign(SignedVerdict.signedMessage(digest, 0, List.of(), issued, expires));
        SignedVerdict forged = new SignedVerdict(digest, 0, List.of(), issued, expires, signature);

        Decision decision = evaluate(request, forged, digest, NOW);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.verdict().status()).isEqualTo(VerdictStatus.WRONG_KEY);
    }

    @Test
    void claimedRiskScoreZero_expiredVerdict_escalates() {
        SigningRequest request = RequestParser.parse(Fixtures.event(), baseline, NOW);
        byte[] digest = RequestDigest.of(request, baseline);
        SignedVerdict stale = fixtures.verdict(digest, 0, NOW.minusSeconds(3600), NOW.minusSeconds(60));

        Decision decision = evaluate(request, stale, digest, NOW);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.verdict().status()).isEqualTo(VerdictStatus.EXPIRED);
    }

    @Test
    void claimedRiskScoreZero_verdictOfAnotherRequest_escalates() {
        ObjectNode other = Fixtures.event();
        other.put("custos.request.id", "req-other");
        SigningRequest otherRequest = RequestParser.parse(other, baseline, NOW);
        SigningRequest request = RequestParser.parse(Fixtures.event(), baseline, NOW);
        SignedVerdict replayed = fixtures.verdict(
                RequestDigest.of(otherRequest, baseline), 0, NOW.minusSeconds(10), NOW.plusSeconds(600));

        Decision decision = evaluate(request, replayed, RequestDigest.of(request, baseline), NOW);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.verdict().status()).isEqualTo(VerdictStatus.DIGEST_MISMATCH);
    }

    @Test
    void claimedRiskScoreZero_verifiedVerdictSaysCritical_denied() {
        ObjectNode event = Fixtures.event();
        event.put("custos.risk.score", 0);
        SigningRequest request = RequestParser.parse(event, baseline, NOW);
        byte[] digest = RequestDigest.of(request, baseline);

        Decision decision = evaluate(
                request, fixtures.verdict(digest, 95, NOW.minusSeconds(10), NOW.plusSeconds(600)), digest, NOW);

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).contains("deny-critical-risk");
    }

    @Test
    void claimedTimestampInBusinessHours_clockSaysNight_hotWalletDelayApplies() {
        Instant night = Instant.parse("2026-03-02T02:00:00Z");
        ObjectNode event = Fixtures.event();
        event.put("custos.wallet.id", "hot-1");
        event.put("custos.wallet.tier", "hot");
        event.remove("custos");
        event.put("custos.wallet.id", "hot-1");
        event.put("@timestamp", "2026-03-02T12:00:00Z");
        event.put("custos.tx.amount_usd", 20_000.0);
        event.put("custos.tx.raw", Payloads.usdcTransfer(DESTINATION, BigInteger.valueOf(20_000_000_000L)));

        Decision decision = fixtures.decide(baseline, event, new VelocityTracker(), night);

        assertThat(decision.matchedRuleIds()).contains("delay-hot-wallet-night");
        assertThat(decision.delaySeconds()).isEqualTo(3600);
        assertThat(decision.claimMismatches()).anySatisfy(m -> assertThat(m).startsWith("@timestamp claims"));
    }

    @Test
    void claimedWalletTier_policyTierDecides() {
        ObjectNode event = Fixtures.event();
        event.remove("custos");
        event.put("custos.wallet.id", "hot-1");
        event.put("custos.wallet.tier", "cold");
        event.put("custos.tx.amount_usd", 20_000.0);
        event.put("custos.tx.raw", Payloads.usdcTransfer(DESTINATION, BigInteger.valueOf(20_000_000_000L)));

        Decision decision =
                fixtures.decide(baseline, event, new VelocityTracker(), Instant.parse("2026-03-02T23:00:00Z"));

        assertThat(decision.matchedRuleIds()).contains("delay-hot-wallet-night");
        assertThat(decision.claimMismatches())
                .anySatisfy(m -> assertThat(m).contains("custos.wallet.tier claims cold but the policy says hot"));
    }

    @Test
    void claimedBalance_changesNothing() {
        ObjectNode small = Fixtures.event();
        ObjectNode huge = Fixtures.event();
        ((ObjectNode) small.get("custos").get("wallet")).put("balance_usd", 1.0);
        ((ObjectNode) huge.get("custos").get("wallet")).put("balance_usd", 1e12);

        Decision withSmall = decide(small);
        Decision withHuge = decide(huge);

        assertThat(withSmall.outcome()).isEqualTo(withHuge.outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(withSmall.matchedRuleIds()).isEqualTo(withHuge.matchedRuleIds());
    }

    @Test
    void unknownWallet_denied() {
        ObjectNode event = Fixtures.event();
        event.remove("custos");
        event.put("custos.wallet.id", "nobody");
        event.put("custos.wallet.tier", "cold");

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.reasons().getFirst()).contains("unknown wallet 'nobody'");
    }

    @Test
    void unpricedToken_escalatesToTreasury() {
        String unknownToken = "0x3333333333333333333333333333333333333333";
        ObjectNode event = Fixtures.event();
        event.put(
                "custos.tx.raw",
                Payloads.eip1559(unknownToken, BigInteger.ZERO, Payloads.erc20Transfer(DESTINATION, BigInteger.TEN)));

        Decision decision = decide(event);

        assertThat(decision.facts().orElseThrow().unpricedAssets()).containsExactly(unknownToken);
        assertThat(decision.matchedRuleIds()).contains(PolicyEvaluator.UNPRICED_RULE);
        assertThat(decision.outcome()).isNotEqualTo(Verdict.ALLOW);
    }

    private Decision evaluate(SigningRequest request, SignedVerdict verdict, byte[] digest, Instant now) {
        return PolicyEvaluator.evaluate(
                baseline,
                new EvaluationInput(request, Optional.of(verdict), digest),
                new VelocityTracker(),
                Clock.fixed(now, ZoneOffset.UTC));
    }
}
