package dev.custos.detect.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CategoryHistoryProperties {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    @Property(tries = 200)
    void topValues_areTheHeaviestByWeightThenName(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 12) Integer> observations,
            @ForAll @IntRange(min = 0, max = 5) int limit) {
        CategoryHistory history = new CategoryHistory(Duration.ofDays(30), 32);
        for (int i = 0; i < observations.size(); i++) {
            history.observe("v" + observations.get(i), T0.plus(Duration.ofHours(i)));
        }
        Instant end = T0.plus(Duration.ofHours(observations.size()));
        List<String> values = new ArrayList<>();
        for (int value = 0; value <= 12; value++) {
            if (history.known("v" + value)) {
                values.add("v" + value);
            }
        }
        values.sort(Comparator.comparingDouble((String value) -> -history.frequency(value, end))
                .thenComparing(Comparator.naturalOrder()));

        assertThat(history.topValues(limit)).isEqualTo(values.subList(0, Math.min(limit, values.size())));
    }
}
