package dev.custos.server.watch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The watcher's settings (docs/SERVER.md, "watch.*").
 *
 * @param rpc the user's node
 * @param contracts the watch list file (docs/CHAINS.md)
 * @param confirmations how many blocks behind the head it reads
 * @param interval how long it waits between steps once caught up
 */
public record ChainWatchSettings(URI rpc, Path contracts, int confirmations, Duration interval) {
    public ChainWatchSettings {
        requireNonNull(rpc, "rpc is null");
        requireNonNull(contracts, "contracts is null");
        requireNonNull(interval, "interval is null");
        if (confirmations < 0) {
            throw new IllegalArgumentException("confirmations must not be negative: " + confirmations);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
    }
}
