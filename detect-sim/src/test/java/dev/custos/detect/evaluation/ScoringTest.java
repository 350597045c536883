package dev.custos.detect.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.detect.simulation.ScenarioTruth;
import dev.custos.detect.simulation.SimulationSettings;
import dev.custos.types.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static final Instant START = Instant.parse("2025-03-10T00:00:00Z");
    private static final Instant THEFT = Instant.parse("2025-03-12T12:00:00Z");
    private static final ScenarioTruth TRUTH = new ScenarioTruth(
            "test",
            "nothing",
            START,
            THEFT,
            List.of("t1", "t2"),
            Set.of("t1", "t2", "p1"),
            Set.of("mallory"),
            300,
            List.of(100.0, 200.0));

    @Test
    void score_firstHighAlertOnInvolvedEntityInsideTheWindow() {
        RunRecord run = new RunRecord(
                10,
                0,
                Map.of("t1", Verdict.ALLOW, "t2", Verdict.DENY),
                List.of(
                        new AlertRecord(START.minusSeconds(60), "mallory", "critical"), // before the attack
                        new AlertRecord(START.plusSeconds(60), "bob", "critical"), // someone else
                        new AlertRecord(START.plusSeconds(120), "mallory", "medium"), // not high
                        new AlertRecord(THEFT.minus(Duration.ofHours(2)), "mallory", "high"),
                        new AlertRecord(THEFT.plusSeconds(1), "mallory", "critical"))); // after the theft
        ScenarioResult result = ScenarioResult.score(TRUTH, run, WalletContext.NONE);
        assertThat(result.firstHighAlert()).contains(THEFT.minus(Duration.ofHours(2)));
        assertThat(result.leadTime()).contains(Duration.ofHours(2));
        assertThat(result.theftDecisions()).containsExactly(Verdict.ALLOW, Verdict.DENY);
        assertThat(result.stopped()).isFalse();
        assertThat(result.held()).isEqualTo(1);
        assertThat(result.stolenUsd()).isEqualTo(300);
    }

    @Test
    void score_missingDecisionCountsAsAllowedAndNoAlertMeansNoLead() {
        ScenarioResult result = ScenarioResult.score(
                TRUTH, new RunRecord(1, 0, Map.of("t2", Verdict.ESCALATE), List.of()), WalletContext.NONE);
        assertThat(result.theftDecisions()).containsExactly(Verdict.ALLOW, Verdict.ESCALATE);
        assertThat(result.leadTime()).isEmpty();
    }

    @Test
    void baseline_ratesFromCounts() {
        Map<String, Verdict> decisions = new LinkedHashMap<>();
        for (int index = 0; index < 2_000; index++) {
            Verdict decision = index < 6 ? Verdict.ESCALATE : index < 8 ? Verdict.DENY : Verdict.ALLOW;
            decisions.put("r" + index, decision);
        }
        List<AlertRecord> alerts = List.of(
                new AlertRecord(START, "a", "medium"),
                new AlertRecord(START, "b", "high"),
                new AlertRecord(START, "c", "critical"));
        BaselineResult baseline = BaselineResult.score(new RunRecord(50_000, 0, decisions, alerts), 50, 6);
        assertThat(baseline.requests()).isEqualTo(2_000);
        assertThat(baseline.escalated()).isEqualTo(6);
        assertThat(baseline.denied()).isEqualTo(2);
        assertThat(baseline.falseEscalationsPerThousand()).isEqualTo(4.0);
        assertThat(baseline.alertsPerDayPerHundred()).isEqualTo(1.0);
        assertThat(baseline.highAlertsPerDayPerHundred()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void report_detectionRateCountsFirstTheftRequestsHeld() {
        ScenarioResult held = ScenarioResult.score(
                TRUTH, new RunRecord(1, 0, Map.of("t1", Verdict.DENY), List.of()), WalletContext.NONE);
        ScenarioResult missed = ScenarioResult.score(
                TRUTH, new RunRecord(1, 0, Map.of("t2", Verdict.DENY), List.of()), WalletContext.NONE);
        BaselineResult baseline = new BaselineResult(20, 7, 0, 0, 0, 0, 0, 0);
        EvaluationReport report =
                new EvaluationReport(SimulationSettings.of(1, 20, 7), baseline, List.of(held, missed, missed, missed));
        assertThat(report.stopped()).isEqualTo(1);
        assertThat(report.detectionRate()).isEqualTo(0.25);
        assertThat(ReportFormat.toJson(report).get("detection_rate").asDouble()).isEqualTo(0.25);
        assertThat(ReportFormat.toTable(report)).contains("detection rate 1/4 = 25%");
        assertThat(ReportChart.svg(report))
                .startsWith("<svg")
                .contains("Detection rate 1/4")
                .endsWith("</svg>\n");
    }

    @Test
    void baseline_inconsistentCounts_throws() {
        assertThatThrownBy(() -> new BaselineResult(20, 7, 0, 1, 1, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
