package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What to simulate.
 *
 * @param seed the random seed; the same settings always give the same events
 * @param people number of people in the organisation (at least 20)
 * @param days days of history (at least 7)
 * @param start the first simulated day, at midnight UTC
 * @param shape the organisation's shape
 */
public record SimulationSettings(long seed, int people, int days, Instant start, OrganisationShape shape) {
    /** Monday 2025-03-03, 00:00 UTC. */
    public static final Instant DEFAULT_START = Instant.parse("2025-03-03T00:00:00Z");

    public SimulationSettings {
        if (people < 20 || people > 100_000) {
            throw new IllegalArgumentException("people must be in 20..100000: " + people);
        }
        if (days < 7 || days > 3_650) {
            throw new IllegalArgumentException("days must be in 7..3650: " + days);
        }
        requireNonNull(start, "start is null");
        if (!start.truncatedTo(ChronoUnit.DAYS).equals(start)) {
            throw new IllegalArgumentException("start must be midnight UTC: " + start);
        }
        requireNonNull(shape, "shape is null");
    }

    /** The standard shape. */
    public SimulationSettings(long seed, int people, int days, Instant start) {
        this(seed, people, days, start, OrganisationShape.STANDARD);
    }

    public static SimulationSettings of(long seed, int people, int days) {
        return new SimulationSettings(seed, people, days, DEFAULT_START);
    }

    public static SimulationSettings of(long seed, int people, int days, OrganisationShape shape) {
        return new SimulationSettings(seed, people, days, DEFAULT_START, shape);
    }

    /** The end of the simulated period (exclusive). */
    public Instant end() {
        return start.plus(days, ChronoUnit.DAYS);
    }
}
