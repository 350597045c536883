package dev.custos.node.link;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.transport.TransportSettings;
import java.time.Duration;

/**
 * What a {@link TlsCoordinatorLink} needs besides the node's identity.
 *
 * @param address where the coordinator listens
 * @param coordinatorKey the coordinator's Ed25519 identity key, pinned: no other key is accepted
 * @param transport keepalive, timeouts and queue bounds
 * @param initialBackoff the first reconnection delay ceiling
 * @param maxBackoff the largest reconnection delay ceiling
 */
public record LinkSettings(
        CoordinatorAddress address,
        Ed25519PublicKey coordinatorKey,
        TransportSettings transport,
        Duration initialBackoff,
        Duration maxBackoff) {
    /** Backoff from 100 ms, doubling to 30 s. */
    public static final Duration INITIAL_BACKOFF = Duration.ofMillis(100);

    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    public LinkSettings {
        requireNonNull(address, "address is null");
        requireNonNull(coordinatorKey, "coordinatorKey is null");
        requireNonNull(transport, "transport is null");
        requireNonNull(initialBackoff, "initialBackoff is null");
        requireNonNull(maxBackoff, "maxBackoff is null");
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "backoff needs 1 ms <= initial <= max, got initial " + initialBackoff + ", max " + maxBackoff);
        }
    }

    /** The defaults for {@code address} and {@code coordinatorKey}. */
    public static LinkSettings of(CoordinatorAddress address, Ed25519PublicKey coordinatorKey) {
        return new LinkSettings(address, coordinatorKey, TransportSettings.DEFAULT, INITIAL_BACKOFF, MAX_BACKOFF);
    }
}
