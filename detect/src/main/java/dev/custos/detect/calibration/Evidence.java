package dev.custos.detect.calibration;

/**
 * Calibrated evidence: p-values against an entity's own history, turned into scores on the shared 0..100 scale.
 *
 * <p>A score is a surprise in decades: {@code score = }{@value #POINTS_PER_DECADE}{@code  × log10(1 / p)}, so 1 in
 * 1,000 (p = 0.001) scores 50, the hot-wallet escalation threshold, and 1 in a million scores 100. A detector whose
 * p-value is honest under the entity's benign behaviour therefore escalates at most about one benign request in a
 * thousand on a hot wallet by itself, whatever the wallet, the credential or the organisation: the score means the
 * same thing everywhere, which fixed points per detector do not.
 */
public final class Evidence {
    /** Score points per decade of surprise: p = 0.001 scores 50. */
    public static final double POINTS_PER_DECADE = 50.0 / 3.0;

    private Evidence() {}

    /** The score of a p-value, 0..100 (0 for p = 1, 100 for p at or below one in a million). */
    public static int score(double pValue) {
        if (Double.isNaN(pValue)) {
            throw new IllegalArgumentException("p-value is NaN");
        }
        double p = Math.max(pValue, 1e-300);
        if (p >= 1) {
            return 0;
        }
        return (int) Math.min(100, Math.round(POINTS_PER_DECADE * -Math.log10(p)));
    }

    /** The p-value a score stands for, the inverse of {@link #score(double)}. */
    public static double pValueOf(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be in 0..100: " + score);
        }
        return Math.pow(10, -score / POINTS_PER_DECADE);
    }

    /**
     * Fisher's combination of independent p-values: the probability that the product of as many uniform p-values is
     * at most the product of these. For two values {@code P (1 - ln P)}; in general the chi-squared tail with 2k
     * degrees of freedom, {@code P × Σ_{i<k} (-ln P)^i / i!}.
     */
    public static double fisher(double... pValues) {
        if (pValues.length == 0) {
            return 1;
        }
        double logProduct = 0;
        for (double p : pValues) {
            if (!(p > 0) || p > 1) {
                throw new IllegalArgumentException("p-values must be in (0, 1]: " + p);
            }
            logProduct += Math.log(p);
        }
        double x = -logProduct;
        double term = 1;
        double sum = 1;
        for (int i = 1; i < pValues.length; i++) {
            term *= x / i;
            sum += term;
        }
        return Math.min(1, Math.exp(logProduct) * sum);
    }

    /**
     * The chance of {@code count} or more events in a Poisson process with mean {@code mean}: {@code P(N >= count)}.
     * 1 for a count of 0 or less.
     */
    public static double poissonTail(double mean, int count) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean must be finite and non-negative: " + mean);
        }
        if (count <= 0) {
            return 1;
        }
        if (mean == 0) {
            return 0;
        }
        // 1 - P(N < count), summed in log space term by term; for the small tails that matter here, summing the
        // tail directly is more accurate, so sum from count upwards until the terms vanish.
        double logTerm = count * Math.log(mean) - mean - logFactorial(count);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (int k = count; k < count + 1_000 && term > sum * 1e-16; k++) {
            sum += term;
            term *= mean / (k + 1);
        }
        return Math.min(1, sum);
    }

    /**
     * The p-value of an observed categorical value against a history: the share of past observations whose value
     * was at most as frequent as this one, with {@code novelMass} pseudo-observations standing for values never
     * seen (the Good-Turing reasoning: with k distinct values in n observations, a new value comes next with a chance
     * of about k / (n + k)).
     *
     * @param atMostAsFrequent the (decayed) weight of past observations with a value at most as frequent as this
     *     one (0 for a new value)
     * @param total the (decayed) weight of all past observations
     * @param novelMass the pseudo-weight of unseen values, usually the number of distinct values seen
     */
    public static double rarity(double atMostAsFrequent, double total, double novelMass) {
        if (atMostAsFrequent < 0 || total < 0 || novelMass <= 0) {
            throw new IllegalArgumentException("weights must be non-negative and the novel mass positive");
        }
        return Math.min(1, (atMostAsFrequent + novelMass) / (total + novelMass));
    }

    /**
     * The upper tail of the standard normal distribution, {@code P(Z >= z)} (Abramowitz and Stegun 26.2.17, absolute
     * error below 7.5e-8; computed as a ratio for large z, so the relative error stays small in the far tail).
     */
    public static double normalTail(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z is NaN");
        }
        if (z < 0) {
            return 1 - normalTail(-z);
        }
        double t = 1 / (1 + 0.2316419 * z);
        double polynomial =
                t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * polynomial;
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
