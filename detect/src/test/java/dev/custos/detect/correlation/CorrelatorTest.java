package dev.custos.detect.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.output.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelatorTest {
    private static final Instant T0 = Instant.parse("2025-02-18T03:00:00Z");
    private static final EntityRef ALICE = EntityRef.user("alice");

    private final Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);

    @Test
    void singleModerateFinding_doesNotAlert() {
        assertThat(ingest(T0, finding("login_rarity", KillChainStage.INITIAL_ACCESS, 40, T0, "e1")))
                .isEmpty();
        assertThat(correlator.riskOf(ALICE)).isEqualTo(40);
    }

    @Test
    void findingsAcrossStages_accumulate_andAlertWithTheChainOfEvidence() {
        ingest(T0, finding("login_rarity", KillChainStage.INITIAL_ACCESS, 40, T0, "e1"));
        Instant later = T0.plus(Duration.ofHours(1));

        List<Alert> alerts = ingest(later, finding("sensitive_action", KillChainStage.KEY_ACCESS, 35, later, "e2"));

        // 1 - (0.6 * 0.65) = 0.61, with a one-hour decay on the first finding.
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.entity()).isEqualTo(ALICE);
            assertThat(alert.score()).isBetween(60, 61);
            assertThat(alert.severity()).isEqualTo("medium");
            assertThat(alert.evidence()).containsExactly("e1", "e2");
            assertThat(alert.detectors()).containsExactly("login_rarity", "sensitive_action");
            assertThat(alert.stages()).containsExactly(KillChainStage.INITIAL_ACCESS, KillChainStage.KEY_ACCESS);
            assertThat(alert.summary()).contains("user alice").contains("risk");
        });
    }

    @Test
    void repeatedSameFinding_doesNotInflateRisk_orRealert() {
        ingest(T0, finding("login_rarity", KillChainStage.INITIAL_ACCESS, 55, T0, "e1"));
        List<Alert> first = ingest(T0, finding("impossible_travel", KillChainStage.INITIAL_ACCESS, 45, T0, "e2"));

        List<Alert> again = ingest(T0, finding("login_rarity", KillChainStage.INITIAL_ACCESS, 55, T0, "e3"));

        assertThat(first).hasSize(1);
        assertThat(again).isEmpty();
        assertThat(correlator.riskOf(ALICE)).isEqualTo(first.getFirst().score());
    }

    @Test
    void alwaysAlertFinding_alertsEvenWhenRiskAlreadyAlerted() {
        ingest(T0, finding("login_rarity", KillChainStage.INITIAL_ACCESS, 90, T0, "e1"));
        Finding governance = new Finding(
                "governance_change",
                KillChainStage.PERSISTENCE,
                70,
                List.of(ALICE),
                T0,
                "e2",
                "threshold lowered",
                List.of(new FeatureEvidence("change", "3 -> 2", "lowered")),
                FindingSeverity.ALWAYS_ALERT);

        List<Alert> alerts = ingest(T0, governance);

        assertThat(alerts)
                .singleElement()
                .satisfies(alert -> assertThat(alert.severity()).isEqualTo("critical"));
    }

    @Test
    void findingsOutsideTheWindow_stopCounting() {
        ingest(T0, finding("login_rarity", KillChainStage.INITIAL_ACCESS, 60, T0, "e1"));

        correlator.advanceTo(T0.plus(CorrelationSettings.DEFAULT.window()).plusSeconds(1));

        assertThat(correlator.riskOf(ALICE)).isZero();
    }

    @Test
    void risk_decaysWithHalfLife() {
        ingest(T0, finding("login_rarity", KillChainStage.INITIAL_ACCESS, 60, T0, "e1"));

        correlator.advanceTo(T0.plus(CorrelationSettings.DEFAULT.halfLife()));

        assertThat(correlator.riskOf(ALICE)).isEqualTo(30);
    }

    @Test
    void secondaryEntities_accumulateSilently() {
        EntityRef wallet = EntityRef.wallet("cold-1");
        Finding finding = new Finding(
                "sensitive_action",
                KillChainStage.KEY_ACCESS,
                70,
                List.of(ALICE, wallet),
                T0,
                "e1",
                "share backup access",
                List.of(),
                FindingSeverity.NORMAL);

        List<Alert> alerts = ingest(T0, finding);

        assertThat(alerts).extracting(Alert::entity).containsExactly(ALICE);
        assertThat(correlator.riskOf(wallet)).isEqualTo(70);
    }

    private List<Alert> ingest(Instant now, Finding finding) {
        correlator.advanceTo(now);
        return correlator.ingest(List.of(finding));
    }

    private static Finding finding(String detector, KillChainStage stage, int score, Instant time, String reference) {
        return new Finding(
                detector,
                stage,
                score,
                List.of(ALICE),
                time,
                reference,
                detector + " fired",
                List.of(new FeatureEvidence("feature", "value", "baseline")),
                FindingSeverity.NORMAL);
    }
}
