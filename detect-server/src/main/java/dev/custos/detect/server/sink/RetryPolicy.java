package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How a webhook delivery is retried: at most {@code maxAttempts} attempts, each with {@code timeout}, waiting {@code
 * firstBackoff} after the first failure and doubling up to {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration timeout) {
    /** 5 attempts, 1 s then doubling to at most 30 s, 10 s per attempt. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10));

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("maxAttempts must be in 1..20: " + maxAttempts);
        }
        requireNonNull(firstBackoff, "firstBackoff is null");
        requireNonNull(maxBackoff, "maxBackoff is null");
        requireNonNull(timeout, "timeout is null");
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= firstBackoff <= maxBackoff");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration backoffAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
        }
        Duration wait = firstBackoff;
        for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
