package dev.custos.detect.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.correlation.CorrelationSettings;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.intel.IntelCategory;
import dev.custos.detect.intel.IntelEntry;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.output.SigningDecision;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.pipeline.Replay;
import dev.custos.detect.simulation.AttackContext;
import dev.custos.detect.simulation.AttackScenario;
import dev.custos.detect.simulation.EventStream;
import dev.custos.detect.simulation.Organisation;
import dev.custos.detect.simulation.OrganisationSimulator;
import dev.custos.detect.simulation.SimulationSettings;
import dev.custos.detect.simulation.Wallet;
import dev.custos.types.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A small evaluation (30 people, one week) whose outcome is known in advance, to check the harness's arithmetic. */
class EvaluationRunTest {
    private static final SimulationSettings SETTINGS = SimulationSettings.of(3, 30, 7);
    private static final String SANCTIONED = "0x" + "5a".repeat(20);

    /** A payout to an address on the test's sanctions list: the gate must deny it and alert at once. */
    private static final class SanctionedPayout implements AttackScenario {
        @Override
        public String name() {
            return "sanctioned-payout";
        }

        @Override
        public String modelledOn() {
            return "test";
        }

        @Override
        public void inject(AttackContext context) {
            context.involve(Organisation.PAYOUT_SERVICE);
            Wallet wallet = context.organisation().wallet("hot-eth");
            context.theft(context.theftTime(), Organisation.PAYOUT_SERVICE, wallet, SANCTIONED, 1_000);
        }
    }

    private static AddressIntel intel() {
        return AddressIntel.builder()
                .add(new IntelEntry(SANCTIONED, IntelCategory.SANCTIONED, "test entry", "test"))
                .build();
    }

    @Test
    void evaluate_sanctionedTheft_deniedWithAlertAtTheTheft() {
        EvaluationReport report = Evaluation.run(
                SETTINGS,
                List.of(new SanctionedPayout()),
                () -> DetectionPipeline.standard(intel(), ForestSettings.DEFAULT),
                line -> {});
        ScenarioResult result = report.scenarios().getFirst();
        assertThat(result.theftDecisions()).containsExactly(Verdict.DENY);
        assertThat(result.leadTime()).contains(Duration.ZERO);
        assertThat(report.detectionRate()).isEqualTo(1.0);
    }

    @Test
    void evaluate_benignFiguresMatchAnIndependentReplay() throws IOException {
        EvaluationReport report = Evaluation.run(
                SETTINGS, List.of(), () -> DetectionPipeline.standard(intel(), ForestSettings.DEFAULT), line -> {});
        List<String> lines = EventStream.lines(
                List.of(OrganisationSimulator.simulate(SETTINGS).events()));
        List<PipelineOutput> outputs = new ArrayList<>();
        Replay.run(
                new BufferedReader(new StringReader(String.join("\n", lines))),
                DetectionPipeline.standard(intel(), ForestSettings.DEFAULT),
                malformed -> {
                    throw new AssertionError("malformed: " + malformed);
                },
                outputs::add);
        long decisions =
                outputs.stream().filter(SigningDecision.class::isInstance).count();
        long held = outputs.stream()
                .filter(SigningDecision.class::isInstance)
                .map(SigningDecision.class::cast)
                .filter(decision -> decision.decision() != Verdict.ALLOW)
                .count();
        long alerts = outputs.stream().filter(Alert.class::isInstance).count();
        BaselineResult baseline = report.baseline();
        assertThat(baseline.requests()).isEqualTo(decisions).isGreaterThan(100);
        assertThat(baseline.escalated() + baseline.denied()).isEqualTo(held);
        assertThat(baseline.alerts()).isEqualTo(alerts);
        assertThat(baseline.falseEscalationsPerThousand()).isEqualTo(1_000.0 * held / decisions);
        assertThat(baseline.alertsPerDayPerHundred()).isEqualTo(alerts * 100.0 / 7 / 30);
        assertThat(report.scenarios()).isEmpty();
    }

    @Test
    void evaluate_pipelineWithoutDetectors_allowsEverythingAndDetectsNothing() {
        EvaluationReport report = Evaluation.run(
                SETTINGS,
                List.of(new SanctionedPayout()),
                () -> new DetectionPipeline(List.of(), CorrelationSettings.DEFAULT),
                line -> {});
        assertThat(report.baseline().escalated() + report.baseline().denied()).isZero();
        assertThat(report.baseline().alerts()).isZero();
        assertThat(report.detectionRate()).isZero();
        assertThat(report.scenarios().getFirst().leadTime()).isEmpty();
        WalletContext context = report.scenarios().getFirst().walletContext();
        assertThat(context.requests()).isPositive();
        assertThat(context.held()).isZero();
    }
}
