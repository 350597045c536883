package dev.custos.detect.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.simulation.BeaconingRatScenario;
import dev.custos.detect.simulation.DnsTunnelScenario;
import dev.custos.detect.simulation.FakeRecruiterScenario;
import dev.custos.detect.simulation.SimulationSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The network campaigns on a small organisation (60 people, four weeks) through the whole pipeline: each theft is
 * held at its first request, the implants' beacons are shown in alerts, and the traces that start early give an early
 * high alert.
 */
class NetworkScenariosTest {
    private static final SimulationSettings SETTINGS = SimulationSettings.of(5, 60, 28);

    @Test
    void networkCampaigns_areHeld_beaconsShown_andWarnedOfEarly() {
        EvaluationReport report = Evaluation.run(
                SETTINGS,
                List.of(new BeaconingRatScenario(), new DnsTunnelScenario(), new FakeRecruiterScenario()),
                () -> DetectionPipeline.standard(AddressIntel.EMPTY, ForestSettings.DEFAULT),
                line -> {});

        assertThat(report.scenarios())
                .allSatisfy(result ->
                        assertThat(result.stopped()).as(result.scenario()).isTrue());
        assertThat(report.beaconsInjected()).isEqualTo(2);
        assertThat(report.beaconsFound()).isEqualTo(2);
        // In 60 people one beacon on a key holder's laptop is a medium alert (the destination's rarity, 1 in 65
        // hosts, is the evidence); the tunnel and the recruiter's chain give high alerts more than a day ahead.
        for (ScenarioResult result : report.scenarios().subList(1, 3)) {
            assertThat(result.leadTime()).as(result.scenario()).isPresent();
            assertThat(result.leadTime().orElseThrow())
                    .as(result.scenario())
                    .isGreaterThanOrEqualTo(Duration.ofHours(24));
        }
        assertThat(report.beacons().hostDestinationPairs()).isGreaterThan(500);
        assertThat(report.beacons().falseBeacons())
                .isEqualTo(report.beacons().falseBeaconPairs().size());
        assertThat(report.beacons().falseBeaconPairs())
                .allSatisfy(pair -> assertThat(pair).contains(".personal-drive.example"));
    }
}
