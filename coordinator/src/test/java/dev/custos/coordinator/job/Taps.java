package dev.custos.coordinator.job;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.envelope.Envelope;
import dev.custos.node.envelope.Recipient;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import java.util.Optional;

/** Helpers for taps that play a compromised coordinator. */
final class Taps {
    private Taps() {}

    /** The envelope a message relays, if it is a relay. */
    static Optional<Envelope> relayed(byte[] message) {
        if (!(Recorder.decode(message) instanceof JobMessage.Relay relay)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Envelope.decode(relay.envelope()));
        } catch (InvalidEncodingException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether {@code envelope} is a direct one from {@code from} in {@code round}. */
    static boolean direct(Envelope envelope, String from, int round) {
        return envelope.header().from().equals(from)
                && envelope.header().round() == round
                && envelope.header().to() instanceof Recipient.Direct;
    }

    /** Whether {@code envelope} is a broadcast from {@code from} in {@code round}. */
    static boolean broadcast(Envelope envelope, String from, int round) {
        return envelope.header().from().equals(from)
                && envelope.header().round() == round
                && envelope.header().to() instanceof Recipient.Broadcast;
    }

    static byte[] relay(Envelope envelope) {
        return JobMessageCodec.encode(new JobMessage.Relay(envelope.encode()));
    }
}
