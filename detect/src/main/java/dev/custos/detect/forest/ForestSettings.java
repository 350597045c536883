package dev.custos.detect.forest;

/**
 * Settings of the per-wallet thresholded Random Cut Forests.
 *
 * @param seed base random seed; each wallet's forest is seeded from it and the wallet id, so runs are reproducible
 * @param trees number of trees
 * @param sampleSize points kept per tree
 * @param warmUp observations before a forest scores
 * @param minimumGrade anomaly grades below this are ignored
 */
public record ForestSettings(long seed, int trees, int sampleSize, int warmUp, double minimumGrade) {
    /** Seed 42, 30 trees, 256 samples, 32 warm-up points, grade at least 0.1. */
    public static final ForestSettings DEFAULT = new ForestSettings(42, 30, 256, 32, 0.1);

    public ForestSettings {
        if (trees < 1 || trees > 500) {
            throw new IllegalArgumentException("trees must be in 1..500: " + trees);
        }
        if (sampleSize < 16 || sampleSize > 4096) {
            throw new IllegalArgumentException("sampleSize must be in 16..4096: " + sampleSize);
        }
        if (warmUp < 4) {
            throw new IllegalArgumentException("warmUp must be at least 4: " + warmUp);
        }
        if (!(minimumGrade >= 0 && minimumGrade <= 1)) {
            throw new IllegalArgumentException("minimumGrade must be in 0..1: " + minimumGrade);
        }
    }
}
