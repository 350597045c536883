package dev.custos.detect.feedback;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An alert marked as a false positive. Every (detector, entity, feature value) combination among the alert's
 * findings then weighs half as much in future findings, per mark (see {@link Feedback}).
 *
 * @param alertId the alert's {@code id}
 * @param by who marked it
 * @param at when
 * @param reason why it is benign
 */
public record FalsePositive(String alertId, String by, Instant at, String reason) implements FeedbackRecord {
    public FalsePositive {
        requireNonNull(alertId, "alertId is null");
        requireNonNull(by, "by is null");
        requireNonNull(at, "at is null");
        requireNonNull(reason, "reason is null");
        Suppression.requireText(alertId, "alertId");
        Suppression.requireText(by, "by");
        Suppression.requireText(reason, "reason");
    }
}
