package dev.custos.detect.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.SimulatedStream;
import dev.custos.detect.event.Event;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard pipeline (all detectors and the correlator) under tight entity limits. */
class BoundedPipelineTest {
    private static final EntityLimits TIGHT = new EntityLimits(Duration.ofDays(3), 8);
    private static final ForestSettings FOREST = new ForestSettings(1, 2, 16, 4, 1.0);

    @Test
    void everyTableIsReported_andStaysWithinItsLimit() {
        DetectionPipeline pipeline = pipeline();
        simulatedEvents().forEach(pipeline::process);

        List<EntityTableUsage> usage = pipeline.entityUsage();

        assertThat(usage)
                .extracting(EntityTableUsage::table)
                .contains(
                        "command_behaviour.users",
                        "command_behaviour.hosts",
                        "command_behaviour.roles",
                        "transaction_risk.wallets",
                        "signing_retry.pairs",
                        "correlator.ledgers");
        assertThat(usage).allSatisfy(table -> assertThat(table.entities()).isLessThanOrEqualTo(table.limit()));
        assertThat(usage).allSatisfy(table -> assertThat(table.limit()).isEqualTo(8));
        assertThat(usage.getLast().table()).isEqualTo("correlator.ledgers");
        assertThat(usage.stream()
                        .filter(table -> table.table().startsWith("command_behaviour."))
                        .mapToLong(EntityTableUsage::evicted)
                        .sum())
                .isPositive();
        assertThat(usage.getLast().expired() + usage.getLast().evicted()).isPositive();
    }

    @Test
    void restoringMidStream_givesTheOutputsAndStateOfAnUninterruptedRun() {
        List<Event> events = simulatedEvents();
        int cut = events.size() / 2;
        DetectionPipeline uninterrupted = pipeline();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            List<String> outputs = SimulatedStream.json(uninterrupted.process(events.get(i)));
            if (i >= cut) {
                expected.addAll(outputs);
            }
        }

        DetectionPipeline first = pipeline();
        events.subList(0, cut).forEach(first::process);
        JsonNode state = first.checkpoint();
        DetectionPipeline restored = pipeline();
        restored.restore(state);
        List<String> actual = new ArrayList<>();
        for (Event event : events.subList(cut, events.size())) {
            actual.addAll(SimulatedStream.json(restored.process(event)));
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(restored.entityUsage()).isEqualTo(uninterrupted.entityUsage());
        // Wallet histories and forests hold running floating-point sums that a restore recomputes in another order
        // (last-digit differences, no effect on outputs); compare their table's entries and times instead.
        assertThat(withoutWalletStates(restored.checkpoint()))
                .isEqualTo(withoutWalletStates(uninterrupted.checkpoint()));
    }

    private static ObjectNode withoutWalletStates(ObjectNode checkpoint) {
        ObjectNode transactions = (ObjectNode) checkpoint.get("detectors").get("transaction_risk");
        for (JsonNode wallet : transactions.get("wallets")) {
            ((ObjectNode) wallet).remove(List.of("history", "forest"));
        }
        return checkpoint;
    }

    private static DetectionPipeline pipeline() {
        return DetectionPipeline.standard(AddressIntel.EMPTY, FOREST, TIGHT);
    }

    private static List<Event> simulatedEvents() {
        return SimulatedStream.events(7, 30, 10);
    }
}
