package dev.custos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.events.EcsFlattener.Duplicates;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class EcsFlattenerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    private static SortedMap<String, JsonNode> flatten(String text, Duplicates duplicates) throws Exception {
        return EcsFlattener.flatten(json(text), Set.of(), duplicates);
    }

    @Test
    void flatten_nestedDottedAndMixed_giveTheSameNames() throws Exception {
        SortedMap<String, JsonNode> nested = flatten(
                "{\"user\":{\"name\":\"a\"},\"source\":{\"geo\":{\"country_iso_code\":\"RO\"}}}",
                Duplicates.SAME_VALUE_ALLOWED);
        SortedMap<String, JsonNode> dotted =
                flatten("{\"user.name\":\"a\",\"source.geo.country_iso_code\":\"RO\"}", Duplicates.REFUSED);
        SortedMap<String, JsonNode> mixed =
                flatten("{\"user.name\":\"a\",\"source.geo\":{\"country_iso_code\":\"RO\"}}", Duplicates.REFUSED);

        assertThat(nested).containsOnlyKeys("user.name", "source.geo.country_iso_code");
        assertThat(dotted).isEqualTo(nested);
        assertThat(mixed).isEqualTo(nested);
    }

    @Test
    void flatten_arraysEmptyObjectsAndOpaqueObjects_areKeptWhole() throws Exception {
        JsonNode event = json("{\"custos\":{\"approvals\":[{\"approver\":\"b\"}],\"empty\":{},"
                + "\"tx\":{\"safe\":{\"to\":\"0x1\",\"operation\":1}}}}");

        SortedMap<String, JsonNode> opaque = EcsFlattener.flatten(event, Set.of("custos.tx.safe"), Duplicates.REFUSED);
        SortedMap<String, JsonNode> flat = EcsFlattener.flatten(event, Set.of(), Duplicates.REFUSED);

        assertThat(opaque).containsOnlyKeys("custos.approvals", "custos.empty", "custos.tx.safe");
        assertThat(opaque.get("custos.tx.safe").get("operation").asInt()).isEqualTo(1);
        assertThat(opaque.get("custos.approvals").isArray()).isTrue();
        assertThat(flat)
                .containsOnlyKeys("custos.approvals", "custos.empty", "custos.tx.safe.to", "custos.tx.safe.operation");
    }

    @Test
    void flatten_sameValueTwice_isAcceptedOnlyWhereDuplicatesAreAllowed() throws Exception {
        String twice = "{\"user\":{\"name\":\"a\"},\"user.name\":\"a\"}";

        assertThat(flatten(twice, Duplicates.SAME_VALUE_ALLOWED)).containsOnlyKeys("user.name");
        assertThatThrownBy(() -> flatten(twice, Duplicates.REFUSED))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("field 'user.name' is given twice (nested and dotted)")
                .extracting(e -> ((InvalidEventException) e).field())
                .isEqualTo(java.util.Optional.of("user.name"));
    }

    @Test
    void flatten_differentValuesTwice_isRefused() {
        assertThatThrownBy(
                        () -> flatten("{\"user\":{\"name\":\"a\"},\"user.name\":\"b\"}", Duplicates.SAME_VALUE_ALLOWED))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("field user.name given twice with different values");
    }

    @Test
    void flatten_emptyName_isRefused() {
        assertThatThrownBy(() -> flatten("{\"\":1}", Duplicates.SAME_VALUE_ALLOWED))
                .hasMessage("empty field name");
        assertThatThrownBy(() -> flatten("{\"a\":{\"\":1}}", Duplicates.REFUSED))
                .hasMessage("empty field name under a");
    }

    @Test
    void flatten_sixteenLevelsBelowTheEvent_areAccepted_seventeenAreRefused() throws Exception {
        assertThat(flatten(nested(16), Duplicates.REFUSED)).containsOnlyKeys("a" + ".a".repeat(16));
        assertThatThrownBy(() -> flatten(nested(17), Duplicates.REFUSED))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("nested deeper than 16 levels");
    }

    @Test
    void flatten_notAnObject_throws() {
        assertThatThrownBy(() -> EcsFlattener.flatten(json("[1]"), Set.of(), Duplicates.REFUSED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The event object holding {@code levels} levels of nested objects. */
    private static String nested(int levels) {
        return "{\"a\":".repeat(levels + 1) + "1" + "}".repeat(levels + 1);
    }
}
