package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import java.time.Duration;
import java.util.List;

/**
 * How a webhook delivery is retried: at most {@code maxAttempts} attempts, each with {@code timeout}, waiting {@code
 * firstBackoff} after the first failure and doubling up to {@code maxBackoff}. The same for the signed webhook and
 * Slack; its keys ({@link #KEYS}) are documented in docs/DETECTION-SERVICE.md.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration timeout) {
    /** 5 attempts, 1 s then doubling to at most 30 s, 10 s per attempt. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10));

    /** {@code detect.server.webhook.max-attempts}. */
    public static final Setting<Integer> MAX_ATTEMPTS = Setting.integer(
            "detect.server.webhook.max-attempts", 5, "Attempts per alert and webhook (1..20), the first included.");
    /** {@code detect.server.webhook.first-backoff}. */
    public static final Setting<Duration> FIRST_BACKOFF = Setting.duration(
            "detect.server.webhook.first-backoff",
            Duration.ofSeconds(1),
            "Wait after the first failed attempt; it doubles after each further one.");
    /** {@code detect.server.webhook.max-backoff}. */
    public static final Setting<Duration> MAX_BACKOFF = Setting.duration(
            "detect.server.webhook.max-backoff", Duration.ofSeconds(30), "Longest wait between two attempts.");
    /** {@code detect.server.webhook.timeout}. */
    public static final Setting<Duration> TIMEOUT =
            Setting.duration("detect.server.webhook.timeout", Duration.ofSeconds(10), "How long one attempt may take.");
    /** Every key, in the order docs/DETECTION-SERVICE.md lists them. */
    public static final List<Setting<?>> KEYS = List.of(MAX_ATTEMPTS, FIRST_BACKOFF, MAX_BACKOFF, TIMEOUT);

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

    /** The policy given, defaults for the rest. */
    public static RetryPolicy from(SettingValues values) {
        return new RetryPolicy(
                values.get(MAX_ATTEMPTS), values.get(FIRST_BACKOFF), values.get(MAX_BACKOFF), values.get(TIMEOUT));
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
