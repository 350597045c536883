package dev.custos.detect.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventLog;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A restart from a checkpoint loses no baselines: the restored engine continues exactly as the original. */
class CheckpointTest {
    private static final Instant CUT = Instant.parse("2025-02-18T03:00:00Z");
    private static List<Event> events;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream stream = CheckpointTest.class.getResourceAsStream("/scenarios/bybit-like.ndjson");
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            events = EventLog.read(reader, malformed -> {}).events();
        }
    }

    @Test
    void restoredPipeline_producesTheSameOutputsAsAnUninterruptedOne() throws IOException {
        List<String> uninterrupted = render(fresh().processAll(events));
        DetectionPipeline before = fresh();
        List<String> outputs = new ArrayList<>(render(before.processAll(eventsBefore())));
        String saved = StateJson.MAPPER.writeValueAsString(before.checkpoint());

        DetectionPipeline after = fresh();
        after.restore(StateJson.MAPPER.readTree(saved));
        outputs.addAll(render(after.processAll(eventsAfter())));

        assertThat(outputs).isEqualTo(uninterrupted);
        assertThat(outputs).anySatisfy(line -> assertThat(line).contains("\"decision\":\"deny\""));
    }

    @Test
    void checkpoint_ofARestoredPipeline_equalsTheOriginal() throws IOException {
        DetectionPipeline original = fresh();
        original.processAll(eventsBefore());
        ObjectNode state = original.checkpoint();

        DetectionPipeline restored = fresh();
        restored.restore(StateJson.MAPPER.readTree(StateJson.MAPPER.writeValueAsString(state)));

        assertThat(restored.checkpoint()).isEqualTo(state);
        assertThat(restored.now()).isEqualTo(original.now());
    }

    @Test
    void restore_rejectsForeignOrIncompleteState() {
        DetectionPipeline original = fresh();
        original.processAll(eventsBefore());
        ObjectNode state = original.checkpoint();

        ObjectNode wrongFormat = state.deepCopy().put("format", "something-else");
        ObjectNode foreignDetector = state.deepCopy();
        ((ObjectNode) foreignDetector.get("detectors")).putObject("removed_detector");
        ObjectNode badFinding = state.deepCopy();
        JsonNode firstLedger =
                badFinding.get("correlator").get("ledgers").get(0).get("ledger");
        ((ObjectNode) firstLedger.get("findings").get(0)).put("score", 500);

        assertThatThrownBy(() -> fresh().restore(wrongFormat))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("format");
        assertThatThrownBy(() -> fresh().restore(foreignDetector))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("removed_detector");
        assertThatThrownBy(() -> fresh().restore(badFinding))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("score");
    }

    @Test
    void restore_stateWithoutANewerDetector_startsThatDetectorFresh_andKeepsTheOthers() {
        DetectionPipeline original = fresh();
        original.processAll(eventsBefore());
        ObjectNode state = original.checkpoint();
        ObjectNode olderState = state.deepCopy();
        ((ObjectNode) olderState.get("detectors")).remove("login_rarity");

        DetectionPipeline restored = fresh();
        restored.restore(olderState);

        assertThat(restored.startedFresh()).containsExactly("login_rarity");
        ObjectNode after = restored.checkpoint();
        state.get("detectors").fieldNames().forEachRemaining(name -> {
            if (!name.equals("login_rarity")) {
                assertThat(after.get("detectors").get(name))
                        .as(name)
                        .isEqualTo(state.get("detectors").get(name));
            }
        });
        assertThat(after.get("detectors").get("login_rarity"))
                .isEqualTo(fresh().checkpoint().get("detectors").get("login_rarity"))
                .isNotEqualTo(state.get("detectors").get("login_rarity"));
    }

    @Test
    void restore_intoAUsedPipeline_isRefused() {
        DetectionPipeline used = fresh();
        used.processAll(eventsBefore());

        assertThatThrownBy(() -> used.restore(fresh().checkpoint())).isInstanceOf(IllegalStateException.class);
    }

    private static List<Event> eventsBefore() {
        return events.stream().filter(event -> event.timestamp().isBefore(CUT)).toList();
    }

    private static List<Event> eventsAfter() {
        return events.stream().filter(event -> !event.timestamp().isBefore(CUT)).toList();
    }

    private static DetectionPipeline fresh() {
        return DetectionPipeline.standard(AddressIntel.EMPTY, ForestSettings.DEFAULT);
    }

    private static List<String> render(List<PipelineOutput> outputs) {
        return outputs.stream()
                .map(output -> OutputFormat.toJson(output).toString())
                .toList();
    }
}
