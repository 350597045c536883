package dev.custos.node.job.protocol;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.FrostException;
import dev.custos.types.SecretBytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Decodes the payloads peers sent into protocol messages, blaming the sender of any that does not decode. */
final class Payloads {
    private Payloads() {}

    /** Decodes a payload. */
    interface Decoder<T> {
        T decode(byte[] bytes) throws InvalidEncodingException, FrostException;
    }

    /**
     * Decodes every peer's direct payload with {@code decoder} and checks, with {@code sender}, that the message names
     * its real sender. The decoded copy of each payload is wiped.
     */
    static <T> List<T> direct(Map<String, Received> received, Decoder<T> decoder, Function<T, String> sender)
            throws ProtocolFailure {
        List<T> messages = new ArrayList<>();
        for (Received message : received.values()) {
            SecretBytes payload = message.requireDirect();
            byte[] bytes = payload.copy();
            try {
                messages.add(checked(message.from(), decoder.decode(bytes), sender));
            } catch (InvalidEncodingException | FrostException e) {
                throw ProtocolFailure.blame(message.from(), "its message does not decode: " + e.getMessage());
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        return messages;
    }

    /** Decodes every peer's broadcast payload with {@code decoder}, checking the sender as {@link #direct} does. */
    static <T> List<T> broadcast(Map<String, Received> received, Decoder<T> decoder, Function<T, String> sender)
            throws ProtocolFailure {
        List<T> messages = new ArrayList<>();
        for (Received message : received.values()) {
            try {
                messages.add(checked(message.from(), decoder.decode(message.requireBroadcast()), sender));
            } catch (InvalidEncodingException | FrostException e) {
                throw ProtocolFailure.blame(message.from(), "its broadcast does not decode: " + e.getMessage());
            }
        }
        return messages;
    }

    private static <T> T checked(String from, T message, Function<T, String> sender) throws ProtocolFailure {
        String named = sender.apply(message);
        if (!named.equals(from)) {
            throw ProtocolFailure.blame(from, "its signed envelope carries a message in the name of '" + named + "'");
        }
        return message;
    }

    /** Wraps {@code bytes} as a secret payload and wipes them. */
    static SecretBytes secret(byte[] bytes) {
        try {
            return SecretBytes.copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
