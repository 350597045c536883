package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An alert as the harness keeps it.
 *
 * @param time when it was raised
 * @param entity the identity's id
 * @param severity low, medium, high or critical
 */
public record AlertRecord(Instant time, String entity, String severity) {
    public AlertRecord {
        requireNonNull(time, "time is null");
        requireNonNull(entity, "entity is null");
        requireNonNull(severity, "severity is null");
    }

    /** High or critical. */
    public boolean high() {
        return severity.equals("high") || severity.equals("critical");
    }
}
