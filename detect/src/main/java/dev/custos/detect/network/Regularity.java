package dev.custos.detect.network;

import java.util.Arrays;

/**
 * How regular a series of values is (connection intervals, or bytes sent per connection), in the spirit of RITA's
 * beacon score: a series is regular when it is symmetric about its median (Bowley's quartile skew near 0) and tightly
 * spread (median absolute deviation small against the median). Both measures are robust, so a few missed or extra
 * connections and random jitter around a fixed period change them little.
 */
final class Regularity {
    /** σ² of the logarithm of an exponential variable: the log-intervals of connections at random times. */
    static final double LOG_EXPONENTIAL_VARIANCE = Math.PI * Math.PI / 6;

    private Regularity() {}

    /**
     * The regularity score of a series, 0..1: the mean of {@code 1 - |Bowley skew|} and {@code 1 - MAD / median}
     * (each floored at 0). 1 for a constant series; about 0.5 for the intervals of connections at random times.
     */
    static double score(double[] values) {
        if (values.length < 3) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = quantile(sorted, 0.5);
        double lower = quantile(sorted, 0.25);
        double upper = quantile(sorted, 0.75);
        double skew = upper - lower <= 0 ? 0 : (lower + upper - 2 * median) / (upper - lower);
        double[] deviations = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            deviations[i] = Math.abs(sorted[i] - median);
        }
        Arrays.sort(deviations);
        double mad = quantile(deviations, 0.5);
        double dispersion = median <= 0 ? (mad == 0 ? 0 : 1) : mad / median;
        return (Math.max(0, 1 - Math.abs(skew)) + Math.max(0, 1 - dispersion)) / 2;
    }

    /**
     * The chance that connections at random times (a Poisson process: exponential intervals) would give log-intervals
     * as tightly spread as these or tighter: {@code P(χ²(k-1) <= (k-1) s² / σ²)} with {@code s²} the sample variance
     * of the logs and {@code σ² = π²/6}. A normal approximation of the sampling distribution (log-intervals are not
     * normal), good enough to tell a timer from a person.
     */
    static double randomTimingPValue(double[] intervals) {
        int k = intervals.length;
        if (k < 3) {
            return 1;
        }
        double mean = 0;
        double[] logs = new double[k];
        for (int i = 0; i < k; i++) {
            logs[i] = Math.log(Math.max(intervals[i], 1e-3));
            mean += logs[i];
        }
        mean /= k;
        double sum = 0;
        for (double log : logs) {
            sum += (log - mean) * (log - mean);
        }
        double variance = sum / (k - 1);
        return chiSquaredLowerTail(k - 1, (k - 1) * variance / LOG_EXPONENTIAL_VARIANCE);
    }

    /** {@code P(χ²(degrees) <= x)}: the regularised lower incomplete gamma function P(degrees/2, x/2), by its series. */
    static double chiSquaredLowerTail(int degrees, double x) {
        if (degrees < 1) {
            throw new IllegalArgumentException("degrees must be positive: " + degrees);
        }
        if (!(x > 0)) {
            return 0;
        }
        double a = degrees / 2.0;
        double half = x / 2;
        if (half > a + 40) {
            return 1;
        }
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < 1_000; n++) {
            term *= half / (a + n);
            sum += term;
            if (term < sum * 1e-15) {
                break;
            }
        }
        double log = Math.log(sum) - half + a * Math.log(half) - logGamma(a);
        return Math.min(1, Math.exp(log));
    }

    /** ln Γ(a) for a > 0 (Lanczos, g = 7). */
    static double logGamma(double a) {
        double[] coefficients = {
            0.9999999999998099,
            676.5203681218851,
            -1259.1392167224028,
            771.3234287776531,
            -176.6150291621406,
            12.507343278686905,
            -0.13857109526572012,
            9.984369578019572e-06,
            1.5056327351493116e-07
        };
        if (a < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * a))) - logGamma(1 - a);
        }
        double x = a - 1;
        double sum = coefficients[0];
        for (int i = 1; i < coefficients.length; i++) {
            sum += coefficients[i] / (x + i);
        }
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** Linear interpolation between order statistics of a sorted array. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
