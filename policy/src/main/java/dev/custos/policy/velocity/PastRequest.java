package dev.custos.policy.velocity;

import dev.custos.types.UsdAmount;
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
public record PastRequest(
        Instant timestamp, String walletId, String initiator, String destination, UsdAmount amountUsd) {
    public PastRequest {
        Objects.requireNonNull(timestamp, "timestamp is null");
        Objects.requireNonNull(walletId, "walletId is null");
        Objects.requireNonNull(initiator, "initiator is null");
        Objects.requireNonNull(destination, "destination is null");
        Objects.requireNonNull(amountUsd, "amountUsd is null");
    }
}
