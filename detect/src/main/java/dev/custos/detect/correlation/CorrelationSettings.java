package dev.custos.detect.correlation;

import java.time.Duration;

/**
 * How risk accumulates and when it alerts.
 *
 * @param window findings older than this no longer count
 * @param halfLife a finding's contribution halves over this time
 * @param alertAt accumulated risk at which an identity first alerts (medium)
 * @param maxFindingsPerEntity findings remembered per entity (memory bound); the oldest go first
 */
public record CorrelationSettings(Duration window, Duration halfLife, int alertAt, int maxFindingsPerEntity) {
    /** A 14-day window, 7-day half-life, alerts from 50, 64 findings per entity. */
    public static final CorrelationSettings DEFAULT =
            new CorrelationSettings(Duration.ofDays(14), Duration.ofDays(7), 50, 64);

    public CorrelationSettings {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("halfLife must be positive: " + halfLife);
        }
        if (alertAt < 1 || alertAt > 100) {
            throw new IllegalArgumentException("alertAt must be in 1..100: " + alertAt);
        }
        if (maxFindingsPerEntity < 1) {
            throw new IllegalArgumentException("maxFindingsPerEntity must be at least 1: " + maxFindingsPerEntity);
        }
    }
}
