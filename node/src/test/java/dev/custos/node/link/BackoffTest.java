package dev.custos.node.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void delaysLieInTheUpperHalfOfACeilingThatDoublesUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30), new SplittableRandom(1));
        long[] ceilings = {100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600, 30000, 30000, 30000};
        for (long ceiling : ceilings) {
            assertThat(backoff.ceiling()).isEqualTo(Duration.ofMillis(ceiling));
            long delay = backoff.next().toMillis();
            assertThat(delay).isBetween(ceiling / 2, ceiling);
        }
        backoff.reset();
        assertThat(backoff.ceiling()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void delaysAreSpreadNotFixed() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30), new SplittableRandom(2));
        long distinct = java.util.stream.Stream.generate(backoff::next)
                .limit(50)
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void invalidBoundsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), new SplittableRandom()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), new SplittableRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
