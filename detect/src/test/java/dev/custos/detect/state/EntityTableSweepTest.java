package dev.custos.detect.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTableSweepTest {
    private static final Instant T0 = Instant.parse("2025-05-01T00:00:00Z");
    private static final EntityLimits LIMITS = new EntityLimits(Duration.ofDays(30), 10);

    @Test
    void touchIfPresent_marksAKnownEntitySeen_andCreatesNothing() {
        EntityTable<String, String> table = new EntityTable<>("t", LIMITS);
        table.touch("a", T0, key -> "A");
        table.touch("b", T0.plusSeconds(1), key -> "B");

        assertThat(table.touchIfPresent("a", T0.plusSeconds(2))).isEqualTo("A");
        assertThat(table.touchIfPresent("c", T0.plusSeconds(3))).isNull();

        assertThat(keysInOrder(table)).containsExactly("b", "a");
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void touchIfPresent_stillExpiresIdleEntries() {
        EntityTable<String, String> table = new EntityTable<>("t", LIMITS);
        table.touch("a", T0, key -> "A");

        assertThat(table.touchIfPresent("a", T0.plus(Duration.ofDays(31)))).isNull();
        assertThat(table.usage().expired()).isEqualTo(1);
    }

    @Test
    void dropStale_dropsOnlyAcceptedEntriesSeenBeforeTheTime_andCountsThemExpired() {
        EntityTable<String, Integer> table = new EntityTable<>("t", LIMITS);
        table.touch("zero-old", T0, key -> 0);
        table.touch("one-old", T0.plusSeconds(1), key -> 1);
        table.touch("zero-new", T0.plusSeconds(10), key -> 0);

        int dropped = table.dropStale(T0.plusSeconds(5), value -> value == 0);

        assertThat(dropped).isEqualTo(1);
        assertThat(keysInOrder(table)).containsExactly("one-old", "zero-new");
        assertThat(table.usage().expired()).isEqualTo(1);
        assertThat(table.usage().evicted()).isZero();
    }

    private static <V> List<String> keysInOrder(EntityTable<String, V> table) {
        List<String> keys = new ArrayList<>();
        table.forEach((key, value, lastSeen) -> keys.add(key));
        return keys;
    }
}
