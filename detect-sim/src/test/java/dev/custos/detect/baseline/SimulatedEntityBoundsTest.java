package dev.custos.detect.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.detect.SimulatedStream;
import dev.custos.detect.correlation.CorrelationSettings;
import dev.custos.detect.event.Event;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline detectors under tight entity limits, over a simulated organisation's events. */
class SimulatedEntityBoundsTest {
    @Test
    void pipelineWithTightLimits_isDeterministic_boundedAndRestoresToTheSameOutputs() {
        EntityLimits tight = new EntityLimits(Duration.ofDays(2), 12);
        List<Event> events = simulatedEvents();
        int cut = events.size() / 2;

        Run uninterrupted = Run.of(tight);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            List<String> outputs = SimulatedStream.json(uninterrupted.pipeline().process(events.get(i)));
            if (i >= cut) {
                expected.addAll(outputs);
            }
        }

        Run first = Run.of(tight);
        for (int i = 0; i < cut; i++) {
            first.pipeline().process(events.get(i));
        }
        JsonNode state = first.pipeline().checkpoint();
        Run restored = Run.of(tight);
        restored.pipeline().restore(state);
        List<String> actual = new ArrayList<>();
        for (int i = cut; i < events.size(); i++) {
            actual.addAll(SimulatedStream.json(restored.pipeline().process(events.get(i))));
        }

        assertThat(actual).isEqualTo(expected);
        List<EntityTableUsage> usage = uninterrupted.usage();
        assertThat(usage).allSatisfy(table -> assertThat(table.entities()).isLessThanOrEqualTo(12));
        assertThat(usage.stream().mapToLong(EntityTableUsage::evicted).sum()).isPositive();
        assertThat(usage.stream().mapToLong(EntityTableUsage::expired).sum()).isPositive();
        assertThat(restored.usage()).isEqualTo(usage);
        assertThat(restored.pipeline().checkpoint())
                .isEqualTo(uninterrupted.pipeline().checkpoint());
        assertThat(Run.of(tight).usage()).isNotEqualTo(usage);
    }

    /** A pipeline of the baseline detectors only. */
    private record Run(DetectionPipeline pipeline) {
        static Run of(EntityLimits limits) {
            return new Run(
                    new DetectionPipeline(BaselineDetectors.standard(limits), CorrelationSettings.DEFAULT, limits));
        }

        List<EntityTableUsage> usage() {
            return pipeline.entityUsage();
        }
    }

    private static List<Event> simulatedEvents() {
        return SimulatedStream.events(7, 30, 10);
    }
}
