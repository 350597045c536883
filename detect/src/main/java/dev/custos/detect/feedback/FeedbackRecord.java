package dev.custos.detect.feedback;

import java.time.Instant;

/** Analyst feedback that changes future scoring: who gave it, when, and why. */
public sealed interface FeedbackRecord permits FalsePositive, Suppression {
    /** When it was given (it applies from then on, on the pipeline's event-time clock). */
    Instant at();

    /** Who gave it. */
    String by();

    /** Why. */
    String reason();
}
