package dev.custos.policy.velocity;

import java.time.Instant;
import java.util.Objects;

/**
 * A request that was signed (or is counted as spending) earlier.
 *
 * @param timestamp when it was made
 * @param walletId the wallet
 * @param initiator who asked
 * @param destination where value went, lower case
 * @param amountUsd USD value
 */
public record PastRequest(Instant timestamp, String walletId, String initiator, String destination, double amountUsd) {
    public PastRequest {
        Objects.requireNonNull(timestamp, "timestamp is null");
        Objects.requireNonNull(walletId, "walletId is null");
        Objects.requireNonNull(initiator, "initiator is null");
        Objects.requireNonNull(destination, "destination is null");
        if (!(amountUsd >= 0) || Double.isInfinite(amountUsd)) {
            throw new IllegalArgumentException("amountUsd must be a finite non-negative number");
        }
    }
}
