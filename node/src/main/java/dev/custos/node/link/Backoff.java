package dev.custos.node.link;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter between reconnection attempts: the ceiling starts at {@code initial} and doubles after
 * each failure up to {@code max}; each delay is drawn uniformly from the upper half of the ceiling, so that nodes that
 * lost the coordinator together do not return together. {@link #reset()} after a success. Not thread safe.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;
    private Duration ceiling;

    public Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = requireNonNull(initial, "initial is null");
        this.max = requireNonNull(max, "max is null");
        this.random = requireNonNull(random, "random is null");
        if (initial.toMillis() < 1 || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "backoff needs 1 ms <= initial <= max, got initial " + initial + ", max " + max);
        }
        this.ceiling = initial;
    }

    /** The delay before the next attempt; raises the ceiling for the one after. */
    public Duration next() {
        long ceilingMillis = ceiling.toMillis();
        long half = ceilingMillis / 2;
        long delay = half + random.nextLong(ceilingMillis - half + 1);
        Duration doubled = ceiling.multipliedBy(2);
        ceiling = doubled.compareTo(max) > 0 ? max : doubled;
        return Duration.ofMillis(delay);
    }

    /** The ceiling the next delay is drawn under. */
    public Duration ceiling() {
        return ceiling;
    }

    /** Back to {@code initial}, after a connection succeeded. */
    public void reset() {
        ceiling = initial;
    }
}
