package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.types.SecretBytes;
import java.util.Optional;

/**
 * What one peer sent this node in one round, as its inbox accepted it.
 *
 * @param from the peer
 * @param broadcast its broadcast payload, if the round has one
 * @param broadcastEnvelope the signed envelope that carried the broadcast (for echo checks)
 * @param direct its decrypted direct payload, if the round has one (secret: the session destroys it)
 */
public record Received(
        String from, Optional<byte[]> broadcast, Optional<byte[]> broadcastEnvelope, Optional<SecretBytes> direct) {
    public Received {
        requireNonNull(from, "from is null");
        requireNonNull(broadcast, "broadcast is null");
        requireNonNull(broadcastEnvelope, "broadcastEnvelope is null");
        requireNonNull(direct, "direct is null");
    }

    /** The broadcast payload, which the round's expectation guarantees. */
    public byte[] requireBroadcast() {
        return broadcast
                .orElseThrow(() -> new IllegalStateException("no broadcast from " + from))
                .clone();
    }

    /** The direct payload, which the round's expectation guarantees (the caller does not destroy it). */
    public SecretBytes requireDirect() {
        return direct.orElseThrow(() -> new IllegalStateException("no direct payload from " + from));
    }
}
