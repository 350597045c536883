package dev.custos.exposure.search;

import dev.custos.exposure.ExposureLimitException;

/**
 * How many search steps one figure may take. Counting steps, not time, keeps the answer the same on every machine:
 * an input either gets its exact figure or the same clear error everywhere.
 */
public final class SearchBudget {
    /** The default: tens of millions of steps, about a second; far more than tens of people need. */
    public static final long DEFAULT_STEPS = 20_000_000L;

    private final long maxSteps;
    private final String what;
    private long steps;

    /**
     * @param maxSteps steps allowed, at least 1
     * @param what the figure being searched, for the error message (for example {@code "sign_outside_policy of
     *     hot-eth"})
     */
    public SearchBudget(long maxSteps, String what) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("the step budget must be at least 1, got " + maxSteps);
        }
        this.maxSteps = maxSteps;
        this.what = what;
    }

    /** Counts one step; throws when the budget is spent. */
    void step() {
        if (++steps > maxSteps) {
            throw new ExposureLimitException(what + ": the exact search stopped after " + maxSteps
                    + " steps; the input is too large for an exact answer (split the registry, or raise the step"
                    + " budget)");
        }
    }

    /** Steps taken so far. */
    public long steps() {
        return steps;
    }
}
