package dev.custos.detect.baseline;

import java.time.Duration;

/**
 * Thresholds of a {@link RarityDetector}.
 *
 * @param minimumHistory observations of an entity before its rarities are scored
 * @param newBelow a decayed frequency below this counts as never seen
 * @param rareBelow a decayed frequency below this counts as rare
 * @param halfLife how fast old observations fade
 * @param maxValuesPerAttribute values remembered per attribute and entity (memory bound)
 */
public record RarityRules(
        int minimumHistory, double newBelow, double rareBelow, Duration halfLife, int maxValuesPerAttribute) {
    /** Defaults: 10 observations, new below 1%, rare below 5%, 30-day half-life, 32 values. */
    public static final RarityRules DEFAULT = new RarityRules(10, 0.01, 0.05, Duration.ofDays(30), 32);

    public RarityRules {
        if (minimumHistory < 1) {
            throw new IllegalArgumentException("minimumHistory must be at least 1: " + minimumHistory);
        }
        if (!(newBelow >= 0 && newBelow <= rareBelow && rareBelow < 1)) {
            throw new IllegalArgumentException("need 0 <= newBelow <= rareBelow < 1: " + newBelow + ", " + rareBelow);
        }
        RarityDetector.requirePositive(halfLife, "halfLife");
        if (maxValuesPerAttribute < 1) {
            throw new IllegalArgumentException("maxValuesPerAttribute must be at least 1: " + maxValuesPerAttribute);
        }
    }

    /** The same rules with another minimum history. */
    public RarityRules withMinimumHistory(int observations) {
        return new RarityRules(observations, newBelow, rareBelow, halfLife, maxValuesPerAttribute);
    }
}
