package dev.custos.node.transport;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How a node link keeps itself alive and how much it buffers, at both ends.
 *
 * @param pingInterval an end that has written nothing for this long sends a ping
 * @param deadAfter an end that has read nothing (not even a ping) for this long declares the peer dead and closes;
 *     more than {@code pingInterval}
 * @param handshakeTimeout the longest a TLS handshake (and, on a node, the wait for the relay's admission) may take
 * @param maxQueuedMessages the most messages waiting to be written on one connection
 * @param maxQueuedBytes the most message bytes waiting to be written on one connection; at least one message of the
 *     largest size
 */
public record TransportSettings(
        Duration pingInterval,
        Duration deadAfter,
        Duration handshakeTimeout,
        int maxQueuedMessages,
        long maxQueuedBytes) {
    /** Ping after 10 s of silence, dead after 30 s, 10 s for a handshake, 65,536 messages or 64 MiB queued. */
    public static final TransportSettings DEFAULT = new TransportSettings(
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10), 65_536, 64L * 1024 * 1024);

    public TransportSettings {
        requireNonNull(pingInterval, "pingInterval is null");
        requireNonNull(deadAfter, "deadAfter is null");
        requireNonNull(handshakeTimeout, "handshakeTimeout is null");
        if (pingInterval.toMillis() < 1) {
            throw new IllegalArgumentException("pingInterval must be at least 1 ms, got " + pingInterval);
        }
        if (deadAfter.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException(
                    "deadAfter (" + deadAfter + ") must be longer than pingInterval (" + pingInterval + ")");
        }
        if (deadAfter.toMillis() > Integer.MAX_VALUE || handshakeTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("deadAfter and handshakeTimeout must fit a socket timeout");
        }
        if (handshakeTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("handshakeTimeout must be at least 1 ms, got " + handshakeTimeout);
        }
        if (maxQueuedMessages < 1) {
            throw new IllegalArgumentException("maxQueuedMessages must be at least 1, got " + maxQueuedMessages);
        }
        if (maxQueuedBytes < FrameCodec.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("maxQueuedBytes must hold one message of the largest size ("
                    + FrameCodec.MAX_MESSAGE_LENGTH + " bytes), got " + maxQueuedBytes);
        }
    }
}
