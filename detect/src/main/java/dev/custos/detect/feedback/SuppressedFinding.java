package dev.custos.detect.feedback;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.explain.EntityRef;
import java.time.Instant;

/**
 * A finding a suppression dropped, kept for review.
 *
 * @param suppression the suppression's id
 * @param detector the finding's detector
 * @param entity its accountable entity
 * @param timestamp its event time
 * @param eventReference its event
 * @param score its score before it was dropped
 */
public record SuppressedFinding(
        String suppression, String detector, EntityRef entity, Instant timestamp, String eventReference, int score) {
    public SuppressedFinding {
        requireNonNull(suppression, "suppression is null");
        requireNonNull(detector, "detector is null");
        requireNonNull(entity, "entity is null");
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(eventReference, "eventReference is null");
        if (score < 1 || score > 100) {
            throw new IllegalArgumentException("score must be in 1..100: " + score);
        }
    }
}
