package dev.custos.detect.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SourceCheckpointTest {
    private static final JsonNode STATE = Scenario.pipeline().checkpoint();

    @Test
    void toJson_fromJson_roundTrips() {
        SourceCheckpoint checkpoint = new SourceCheckpoint("events", new TreeMap<>(Map.of(0, 12L, 3, 7L)), STATE);

        SourceCheckpoint read = SourceCheckpoint.fromJson(checkpoint.toJson(), "events");

        assertThat(read.topic()).isEqualTo("events");
        assertThat(read.nextOffsets()).containsExactly(Map.entry(0, 12L), Map.entry(3, 7L));
        assertThat(read.pipeline()).isEqualTo(STATE);
        assertThat(checkpoint.toJson().get("format").asText()).isEqualTo(SourceCheckpoint.FORMAT);
    }

    @Test
    void fromJson_plainPipelineState_hasNoOffsets() {
        SourceCheckpoint read = SourceCheckpoint.fromJson(STATE, "events");

        assertThat(read.nextOffsets()).isEmpty();
        assertThat(read.pipeline()).isEqualTo(STATE);
    }

    @Test
    void fromJson_otherTopic_throws() {
        ObjectNode json = new SourceCheckpoint("events", new TreeMap<>(Map.of(0, 1L)), STATE).toJson();

        assertThatThrownBy(() -> SourceCheckpoint.fromJson(json, "other"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("belongs to topic events, not other");
    }

    @Test
    void fromJson_badFormatVersionOrOffsets_throwsNamingTheField() {
        ObjectNode valid = new SourceCheckpoint("events", new TreeMap<>(Map.of(0, 1L)), STATE).toJson();

        ObjectNode otherFormat = valid.deepCopy().put("format", "something");
        ObjectNode newerVersion = valid.deepCopy().put("version", 2);
        ObjectNode negativeOffset = valid.deepCopy();
        ((ObjectNode) negativeOffset.get("offsets")).put("0", -1);
        ObjectNode badPartition = valid.deepCopy();
        ((ObjectNode) badPartition.get("offsets")).put("-2", 1);
        ObjectNode hugePartition = valid.deepCopy();
        ((ObjectNode) hugePartition.get("offsets")).put("9999999999", 1);
        ObjectNode noPipeline = valid.deepCopy();
        noPipeline.remove("pipeline");

        assertThatThrownBy(() -> SourceCheckpoint.fromJson(otherFormat, "events"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("format");
        assertThatThrownBy(() -> SourceCheckpoint.fromJson(newerVersion, "events"))
                .hasMessageContaining("version 2");
        assertThatThrownBy(() -> SourceCheckpoint.fromJson(negativeOffset, "events"))
                .hasMessageContaining("0 is not a non-negative integer");
        assertThatThrownBy(() -> SourceCheckpoint.fromJson(badPartition, "events"))
                .hasMessageContaining("partition -2");
        assertThatThrownBy(() -> SourceCheckpoint.fromJson(hugePartition, "events"))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> SourceCheckpoint.fromJson(noPipeline, "events"))
                .hasMessageContaining("missing pipeline");
        assertThatThrownBy(() -> SourceCheckpoint.fromJson(StateJson.MAPPER.createArrayNode(), "events"))
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void constructor_copiesAndValidates() {
        TreeMap<Integer, Long> offsets = new TreeMap<>(Map.of(0, 1L));
        SourceCheckpoint checkpoint = new SourceCheckpoint("events", offsets, STATE);
        offsets.put(1, 5L);

        assertThat(checkpoint.nextOffsets()).containsOnlyKeys(0);
        assertThatThrownBy(() -> checkpoint.nextOffsets().put(2, 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new SourceCheckpoint(" ", new TreeMap<>(), STATE))
                .hasMessageContaining("topic is blank");
        assertThatThrownBy(() -> new SourceCheckpoint("events", new TreeMap<>(Map.of(0, -1L)), STATE))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new SourceCheckpoint("events", new TreeMap<>(), StateJson.MAPPER.createArrayNode()))
                .hasMessageContaining("not a JSON object");
    }
}
