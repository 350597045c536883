package dev.custos.detect.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTableTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final EntityLimits LIMITS = new EntityLimits(Duration.ofDays(90), 3);

    @Test
    void touch_beyondTheCap_evictsTheLeastRecentlySeen() {
        EntityTable<String, String> table = new EntityTable<>("users", LIMITS);
        table.touch("a", T0, key -> "state-a");
        table.touch("b", T0.plusSeconds(1), key -> "state-b");
        table.touch("c", T0.plusSeconds(2), key -> "state-c");
        table.touch("a", T0.plusSeconds(3), key -> "new-a");

        table.touch("d", T0.plusSeconds(4), key -> "state-d");

        assertThat(keys(table)).containsExactly("c", "a", "d");
        assertThat(table.peek("a")).as("a touched existing state is kept").isEqualTo("state-a");
        assertThat(table.usage()).isEqualTo(new EntityTableUsage("users", 3, 3, 0, 1));
    }

    @Test
    void advance_dropsEntitiesIdleForLongerThanTheExpiry_only() {
        EntityTable<String, String> table = new EntityTable<>("hosts", LIMITS);
        table.touch("old", T0, key -> "x");
        table.touch("recent", T0.plus(Duration.ofDays(30)), key -> "y");

        table.advance(T0.plus(Duration.ofDays(90)));
        assertThat(keys(table)).as("exactly 90 days idle is kept").containsExactly("old", "recent");

        table.advance(T0.plus(Duration.ofDays(90)).plusSeconds(1));
        assertThat(keys(table)).containsExactly("recent");
        assertThat(table.usage().expired()).isEqualTo(1);
    }

    @Test
    void clock_neverMovesBackwards_soALateEventDoesNotReviveExpiredOrder() {
        EntityTable<String, String> table = new EntityTable<>("users", LIMITS);
        table.touch("a", T0.plus(Duration.ofDays(10)), key -> "x");
        table.touch("b", T0, key -> "y");

        List<Instant> seen = new ArrayList<>();
        table.forEach((key, value, lastSeen) -> seen.add(lastSeen));

        assertThat(seen).containsExactly(T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(10)));
    }

    @Test
    void scriptedTable_evictsThreeAndExpiresTwo() {
        EntityTable<String, String> table = scripted();

        assertThat(keys(table)).containsExactly("c", "f");
        assertThat(table.usage()).isEqualTo(new EntityTableUsage("users", 2, 3, 2, 3));
    }

    @Test
    void sameOperations_giveTheSameContent() {
        assertThat(keys(scripted())).isEqualTo(keys(scripted()));
        assertThat(scripted().usage()).isEqualTo(scripted().usage());
    }

    @Test
    void stateRoundTrip_restoresOrderClockAndCounts_andThenBehavesTheSame() {
        EntityTable<String, String> original = scripted();
        EntityTable<String, String> restored = new EntityTable<>("users", LIMITS);
        restore(restored, save(original));

        assertThat(keys(restored)).isEqualTo(keys(original));
        assertThat(restored.usage()).isEqualTo(original.usage());
        for (EntityTable<String, String> table : List.of(original, restored)) {
            table.touch("z", T0.plus(Duration.ofDays(200)), key -> "z");
            table.touch("y", T0.plus(Duration.ofDays(200)), key -> "y");
        }
        assertThat(keys(restored)).isEqualTo(keys(original));
        assertThat(restored.usage()).isEqualTo(original.usage());
    }

    @Test
    void legacyState_withoutTimes_countsEntitiesAsSeenAtTheFirstEventAfterRestore() {
        ObjectNode legacy = StateJson.object();
        ArrayNode entries = legacy.putArray("entries");
        entries.addObject().put("key", "a");
        entries.addObject().put("key", "b");
        EntityTable<String, String> table = new EntityTable<>("users", LIMITS);
        restore(table, legacy);

        table.advance(T0.plus(Duration.ofDays(500)));
        assertThat(keys(table)).containsExactly("a", "b");

        table.advance(T0.plus(Duration.ofDays(591)));
        assertThat(keys(table)).isEmpty();
    }

    @Test
    void restore_rejectsTooManyEntities_duplicates_andOutOfOrderTimes() {
        ObjectNode state = save(scripted());
        ArrayNode entries = (ArrayNode) state.get("entries");
        entries.addObject()
                .put("key", "extra")
                .put("last_seen", state.get("latest").asText());
        entries.addObject()
                .put("key", "more")
                .put("last_seen", state.get("latest").asText());
        assertThatThrownBy(() -> restore(new EntityTable<>("users", LIMITS), state))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("more than 3 entities");

        ObjectNode duplicate = save(scripted());
        ((ArrayNode) duplicate.get("entries"))
                .add(duplicate.get("entries").get(1).deepCopy());
        assertThatThrownBy(() -> restore(new EntityTable<>("users", LIMITS), duplicate))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("appears twice");

        ObjectNode reversed = save(scripted());
        ArrayNode list = (ArrayNode) reversed.get("entries");
        JsonNode first = list.remove(0);
        list.add(first);
        assertThatThrownBy(() -> restore(new EntityTable<>("users", LIMITS), reversed))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("last_seen order");
    }

    @Test
    void restore_failure_leavesTheTableUnchanged() {
        EntityTable<String, String> table = scripted();
        List<String> before = keys(table);
        ObjectNode bad = save(scripted());
        ((ObjectNode) bad.get("entries").get(0)).put("last_seen", "not a time");

        assertThatThrownBy(() -> restore(table, bad)).isInstanceOf(InvalidStateException.class);
        assertThat(keys(table)).isEqualTo(before);
    }

    @Test
    void limits_rejectNonsense() {
        assertThatThrownBy(() -> new EntityLimits(Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntityLimits(Duration.ofDays(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Six entities through a table of three: three evictions, then two expiries. */
    private static EntityTable<String, String> scripted() {
        EntityTable<String, String> table = new EntityTable<>("users", LIMITS);
        String[] keys = {"a", "b", "c", "a", "d", "e", "c", "f"};
        long[] days = {0, 20, 40, 60, 80, 100, 120, 200};
        for (int i = 0; i < keys.length; i++) {
            table.touch(keys[i], T0.plus(Duration.ofDays(days[i])), key -> "state-" + key);
        }
        return table;
    }

    private static ObjectNode save(EntityTable<String, String> table) {
        ObjectNode node = StateJson.object();
        table.writeState(node);
        ArrayNode entries = node.putArray("entries");
        table.forEach((key, value, lastSeen) -> {
            ObjectNode entry = entries.addObject().put("key", key).put("value", value);
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    private static void restore(EntityTable<String, String> table, JsonNode state) {
        EntityTable.Restorer<String, String> restorer = table.restorer(state);
        for (JsonNode entry : StateJson.array(state, "entries")) {
            restorer.add(StateJson.text(entry, "key"), entry.path("value").asText("v"), entry);
        }
        restorer.finish();
    }

    private static List<String> keys(EntityTable<String, String> table) {
        List<String> keys = new ArrayList<>();
        table.forEach((key, value, lastSeen) -> keys.add(key));
        return keys;
    }
}
