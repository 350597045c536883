package dev.custos.node.job.protocol;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.frost.FrostException;
import dev.custos.node.envelope.SessionId;
import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Decodes the payloads peers sent into protocol messages, blaming the sender of any that does not decode. */
final class Payloads {
    private Payloads() {}

    /** Decodes every peer's direct threshold-ECDSA message, checking each names its real sender among {@code parties}. */
    static <T extends ProtocolMessage> List<T> ecdsaDirect(
            Map<String, Received> received, Decoder<T> decoder, Parties parties) throws ProtocolFailure {
        return direct(received, decoder, message -> parties.label(message.from()));
    }

    /** Threshold-ECDSA messages as direct, encrypted payloads of {@code round} to the parties they are for. */
    static List<Outgoing> ecdsaOutgoing(int round, List<? extends ProtocolMessage> messages, Parties parties) {
        return messages.stream()
                .map(message ->
                        (Outgoing) new Outgoing.Direct(round, parties.name(message.to()), secret(message.encode())))
                .toList();
    }

    /**
     * A sub-protocol's own session (the OT verification of a key generation or resharing): SHA-256 of {@code domain},
     * a zero byte and the run's session, so that it is fresh with the run and apart from every other use.
     */
    static dev.custos.ecdsa.SessionId subSession(String domain, SessionId session) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((domain + "\0").getBytes(StandardCharsets.US_ASCII));
            sha256.update(session.bytes());
            return dev.custos.ecdsa.SessionId.of(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

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
