package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the job engine runs jobs.
 *
 * @param timeout how long one attempt may wait for the nodes before it is aborted
 * @param attempts how many attempts a key generation or signing makes (each a new job with a new session)
 * @param presignaturePool how many presignatures the engine keeps ready per ECDSA wallet
 */
public record JobSettings(Duration timeout, int attempts, int presignaturePool) {
    public JobSettings {
        requireNonNull(timeout, "timeout is null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be in [1, 10], got " + attempts);
        }
        if (presignaturePool < 0 || presignaturePool > 1000) {
            throw new IllegalArgumentException("the presignature pool must be in [0, 1000], got " + presignaturePool);
        }
    }

    /** 30 s per attempt, 3 attempts, 4 presignatures per wallet. */
    public static JobSettings defaults() {
        return new JobSettings(Duration.ofSeconds(30), 3, 4);
    }
}
