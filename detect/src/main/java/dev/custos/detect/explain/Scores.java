package dev.custos.detect.explain;

/** Score arithmetic on the 0..100 scale shared by findings, alerts and the signing gate. */
public final class Scores {
    private Scores() {}

    /**
     * Combines independent risks as a probabilistic OR: {@code 100 * (1 - prod(1 - s/100))}. Never lower than the
     * largest input, never above 100, and a zero changes nothing.
     */
    public static double combine(double... scores) {
        double remaining = 1.0;
        for (double score : scores) {
            remaining *= 1.0 - clamp(score) / 100.0;
        }
        return 100.0 * (1.0 - remaining);
    }

    /** Rounds and clamps to an integer score 0..100. */
    public static int toScore(double value) {
        return (int) Math.round(clamp(value));
    }

    /** Clamps to 0..100 (NaN becomes 0). */
    public static double clamp(double value) {
        if (Double.isNaN(value) || value <= 0) {
            return 0;
        }
        return Math.min(100.0, value);
    }

    /** The alert severity for a score: low below 40, medium below 65, high below 85, else critical. */
    public static String severity(int score) {
        if (score >= 85) {
            return "critical";
        }
        if (score >= 65) {
            return "high";
        }
        if (score >= 40) {
            return "medium";
        }
        return "low";
    }
}
