package dev.custos.detect.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.TestEvents;
import dev.custos.detect.correlation.CorrelationSettings;
import dev.custos.detect.correlation.Correlator;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.output.SigningDecision;
import dev.custos.types.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningGateTest {
    private static final Instant T0 = Instant.parse("2025-02-21T04:30:00Z");
    private static final EntityRef ALICE = EntityRef.user("alice");
    private static final EntityRef COLD = EntityRef.wallet("cold-1");

    private final Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);
    private final SigningGate gate = new SigningGate(correlator);

    @Test
    void cleanRequest_isAllowed_withAReason() {
        SigningDecision decision = decide("hot", List.of());

        assertThat(decision.decision()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.risk()).isZero();
        assertThat(decision.requestId()).isEqualTo("req-1");
        assertThat(decision.reasons()).singleElement().asString().contains("below escalation threshold 50");
    }

    @Test
    void unknownTier_isDenied_namingTheField_notReadAsWarm() {
        for (String tier : List.of("lukewarm", "HOT")) {
            SigningDecision decision = decide(tier, List.of());

            assertThat(decision.decision()).as(tier).isEqualTo(Verdict.DENY);
            assertThat(decision.risk()).isZero();
            assertThat(decision.reasons())
                    .singleElement()
                    .asString()
                    .isEqualTo("custos.wallet.tier must be hot, warm or cold, not " + tier
                            + "; a request that does not read is denied");
        }
    }

    @Test
    void amountThatIsNotANumber_isDenied_namingTheField() {
        Event request = TestEvents.signing(T0, "alice", "cold-1", "0x1234567890123456789012345678901234567890", 10)
                .with("custos.tx.amount_usd", "lots")
                .build();

        SigningDecision decision = gate.decide(request, List.of());

        assertThat(decision.decision()).isEqualTo(Verdict.DENY);
        assertThat(decision.reasons())
                .last()
                .asString()
                .startsWith("custos.tx.amount_usd must be a non-negative number");
    }

    @Test
    void noTier_getsTheWarmThresholds() {
        prior(finding("login_rarity", KillChainStage.INITIAL_ACCESS, 45, List.of(ALICE), FindingSeverity.NORMAL));
        Event request = TestEvents.signing(T0, "alice", "cold-1", "0x1234567890123456789012345678901234567890", 10)
                .build();

        SigningDecision decision = gate.decide(request, List.of());

        assertThat(decision.decision()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons()).last().asString().endsWith("threshold 45 for a unknown-tier wallet");
    }

    @Test
    void anomalousInitiator_escalatesAColdWalletRequest() {
        prior(finding("login_rarity", KillChainStage.INITIAL_ACCESS, 45, List.of(ALICE), FindingSeverity.NORMAL));

        SigningDecision decision = decide("cold", List.of());

        assertThat(decision.decision()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.risk()).isEqualTo(45);
        assertThat(decision.reasons())
                .anySatisfy(
                        reason -> assertThat(reason).contains("prior risk 45").contains("login_rarity"));
    }

    @Test
    void sameRiskOnAHotWallet_isAllowed() {
        prior(finding("login_rarity", KillChainStage.INITIAL_ACCESS, 45, List.of(ALICE), FindingSeverity.NORMAL));

        assertThat(decide("hot", List.of()).decision()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void findingOnBothInitiatorAndWallet_isCountedOnce() {
        prior(finding("sensitive_action", KillChainStage.KEY_ACCESS, 45, List.of(ALICE, COLD), FindingSeverity.NORMAL));

        assertThat(decide("cold", List.of()).risk()).isEqualTo(45);
    }

    @Test
    void priorSigningStageFindings_doNotCarryOver() {
        prior(finding("amount_outlier", KillChainStage.SIGNING, 60, List.of(ALICE, COLD), FindingSeverity.NORMAL));

        assertThat(decide("cold", List.of()).risk()).isZero();
    }

    @Test
    void priorRiskAndTransactionRisk_combineToDeny() {
        prior(finding("governance_change", KillChainStage.PERSISTENCE, 80, List.of(ALICE), FindingSeverity.NORMAL));
        Finding share =
                finding("balance_share", KillChainStage.SIGNING, 60, List.of(ALICE, COLD), FindingSeverity.NORMAL);

        SigningDecision decision = decide("cold", List.of(share));

        assertThat(decision.decision()).isEqualTo(Verdict.DENY);
        assertThat(decision.risk()).isEqualTo(92);
        assertThat(decision.reasons().getFirst()).startsWith("balance_share: ");
    }

    @Test
    void screeningHit_deniesWhateverTheRisk() {
        Finding sanctioned =
                finding("sanctioned_destination", KillChainStage.SIGNING, 100, List.of(ALICE), FindingSeverity.DENY);

        SigningDecision decision = decide("hot", List.of(sanctioned));

        assertThat(decision.decision()).isEqualTo(Verdict.DENY);
        assertThat(decision.reasons()).last().asString().contains("screening list");
    }

    @Test
    void otherActorsBenignGovernanceChange_doesNotRaiseTheWalletsRequests() {
        EntityRef admin = EntityRef.user("admin-1");
        prior(finding(
                "governance_change", KillChainStage.PERSISTENCE, 80, List.of(admin, COLD), FindingSeverity.NORMAL));

        SigningDecision decision = decide("cold", List.of());

        assertThat(decision.decision()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.risk()).isZero();
        assertThat(decision.reasons())
                .anySatisfy(reason ->
                        assertThat(reason).contains("1 finding on wallet cold-1 by other actors not counted"));
    }

    @Test
    void otherActorsGovernanceChange_countsWhenThatActorIsSuspiciousElsewhere() {
        EntityRef admin = EntityRef.user("admin-1");
        prior(finding("login_rarity", KillChainStage.INITIAL_ACCESS, 45, List.of(admin), FindingSeverity.NORMAL));
        prior(finding(
                "governance_change", KillChainStage.PERSISTENCE, 80, List.of(admin, COLD), FindingSeverity.NORMAL));

        SigningDecision decision = decide("cold", List.of());

        assertThat(decision.decision()).isEqualTo(Verdict.DENY);
        assertThat(decision.risk()).isEqualTo(80);
        assertThat(decision.reasons())
                .anySatisfy(
                        reason -> assertThat(reason).contains("prior risk 80").contains("governance_change"));
    }

    @Test
    void otherUsersWalletView_doesNotRaiseTheServicesRequests() {
        EntityRef agent = EntityRef.user("support-7");
        prior(finding(
                "wallet_access_rarity",
                KillChainStage.INITIAL_ACCESS,
                11,
                List.of(agent, COLD),
                FindingSeverity.NORMAL));

        assertThat(decide("cold", List.of()).risk()).isZero();
    }

    @Test
    void suspiciousActorsWalletView_isReadOnly_andDoesNotCount() {
        EntityRef agent = EntityRef.user("support-7");
        prior(finding("login_rarity", KillChainStage.INITIAL_ACCESS, 60, List.of(agent), FindingSeverity.NORMAL));
        prior(finding(
                "wallet_access_rarity",
                KillChainStage.INITIAL_ACCESS,
                25,
                List.of(agent, COLD),
                FindingSeverity.NORMAL));

        assertThat(decide("cold", List.of()).risk()).isZero();
    }

    @Test
    void unrequestedOutflowOnTheWallet_countsForEveryInitiator() {
        prior(finding("unrequested_outflow", KillChainStage.CASH_OUT, 50, List.of(COLD), FindingSeverity.NORMAL));

        SigningDecision decision = decide("cold", List.of());

        assertThat(decision.risk()).isEqualTo(50);
        assertThat(decision.decision()).isEqualTo(Verdict.ESCALATE);
    }

    private void prior(Finding finding) {
        correlator.advanceTo(finding.timestamp());
        correlator.ingest(List.of(finding));
        correlator.advanceTo(T0);
    }

    private SigningDecision decide(String tier, List<Finding> findings) {
        Event request = TestEvents.signing(T0, "alice", "cold-1", "0x1234567890123456789012345678901234567890", 10)
                .with("custos.wallet.tier", tier)
                .with("custos.request.id", "req-1")
                .build();
        return gate.decide(request, findings);
    }

    private static Finding finding(
            String detector, KillChainStage stage, int score, List<EntityRef> entities, FindingSeverity severity) {
        return new Finding(
                detector,
                stage,
                score,
                entities,
                T0,
                "e-" + detector,
                detector + " fired",
                List.of(new FeatureEvidence("feature", "value", "baseline")),
                severity);
    }
}
