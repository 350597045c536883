package dev.custos.detect.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.custos.detect.SimulatedStream;
import dev.custos.detect.event.Event;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.types.EventFields;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link DetectionPipeline#processBatch} on two threads gives what {@link DetectionPipeline#process} gives. */
class BatchedPipelineTest {
    /** A benign month of 40 people, with some signing requests sent twice and some ids reused for other content. */
    private static List<Event> events() {
        List<Event> events = new ArrayList<>();
        int requests = 0;
        for (Event event : SimulatedStream.events(5, 40, 21)) {
            events.add(event);
            if (event.is(EventFields.CATEGORY_API, EventFields.ACTION_SIGNING_REQUEST)
                    && event.text(EventFields.REQUEST_ID).isPresent()) {
                requests++;
                if (requests % 97 == 0) {
                    events.add(event); // a retry right after
                } else if (requests % 211 == 0) {
                    TreeMap<String, JsonNode> fields = new TreeMap<>(event.fields());
                    fields.put(EventFields.TX_AMOUNT_USD, DoubleNode.valueOf(1_000_000));
                    events.add(
                            new Event(event.lineNumber(), event.timestamp(), event.category(), event.action(), fields));
                }
            }
        }
        return events;
    }

    private static DetectionPipeline pipeline() {
        return DetectionPipeline.standard(AddressIntel.EMPTY, ForestSettings.DEFAULT);
    }

    @Test
    void batchesOnTwoThreads_giveTheOutputsAndStateOfOneByOne() {
        List<Event> events = events();
        DetectionPipeline oneByOne = pipeline();
        List<List<String>> expected = new ArrayList<>();
        for (Event event : events) {
            expected.add(SimulatedStream.json(oneByOne.process(event)));
        }

        DetectionPipeline batched = pipeline();
        List<List<String>> actual = new ArrayList<>();
        // Uneven batch sizes, one below the parallel minimum, so batch edges fall anywhere.
        int[] sizes = {700, 5, 1_337, 2_048};
        int from = 0;
        for (int b = 0; from < events.size(); b++) {
            int to = Math.min(events.size(), from + sizes[b % sizes.length]);
            for (List<PipelineOutput> outputs : batched.processBatch(events.subList(from, to))) {
                actual.add(SimulatedStream.json(outputs));
            }
            from = to;
        }

        assertThat(events).hasSizeGreaterThan(5_000);
        assertThat(expected.stream().mapToLong(List::size).sum()).isGreaterThan(1_000);
        assertThat(expected.stream()
                        .flatMap(List::stream)
                        .filter(line -> line.contains("same request again"))
                        .count())
                .isPositive();
        assertThat(actual).isEqualTo(expected);
        assertThat(batched.checkpoint()).isEqualTo(oneByOne.checkpoint());
    }
}
