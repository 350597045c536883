package dev.custos.ecdsa.internal;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The addressing shared by the pairwise protocol messages: after the message header ({@link ProtocolMessage#VERSION}
 * and type), the session, the sender and the recipient, in that order on the wire. Also holds the field checks those
 * messages have in common.
 */
public record Envelope(SessionId session, Identifier from, Identifier to) {
    public Envelope {
        check(session, from, to);
    }

    /** Reads a payload that follows the envelope. */
    @FunctionalInterface
    public interface PayloadReader<P> {
        P readFrom(MessageReader reader) throws InvalidEncodingException;
    }

    /** Builds a message from its envelope fields and payload (usually the message's canonical constructor). */
    @FunctionalInterface
    public interface Assembler<P, M> {
        M assemble(SessionId session, Identifier from, Identifier to, P payload);
    }

    /** Rejects missing addressing fields, naming the missing one. */
    public static void check(SessionId session, Identifier from, Identifier to) {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
    }

    /** Rejects a message addressed by a party to itself. */
    public static void requireDistinct(Identifier from, Identifier to) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("message from " + from + " to itself");
        }
    }

    /** Returns a copy of {@code value} after checking that it is present and exactly {@code length} bytes long. */
    public static byte[] copyOfLength(byte[] value, int length, String name) {
        requireNonNull(value, name + " is null");
        if (value.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes");
        }
        return value.clone();
    }

    /** Starts the encoding of a message of the given type: header, session, sender, recipient. */
    public static MessageWriter writer(int type, SessionId session, Identifier from, Identifier to) {
        return writer(ProtocolMessage.VERSION, type, session, from, to);
    }

    /** As {@link #writer(int, SessionId, Identifier, Identifier)}, for a message type with its own encoding version. */
    public static MessageWriter writer(int version, int type, SessionId session, Identifier from, Identifier to) {
        return MessageWriter.message(version, type)
                .putSession(session)
                .putIdentifier(from)
                .putIdentifier(to);
    }

    /** Encodes a message made of the envelope and one payload written by {@code payload}. */
    public static byte[] encode(
            int type, SessionId session, Identifier from, Identifier to, Consumer<MessageWriter> payload) {
        return encode(ProtocolMessage.VERSION, type, session, from, to, payload);
    }

    /** As {@link #encode(int, SessionId, Identifier, Identifier, Consumer)}, with an explicit encoding version. */
    public static byte[] encode(
            int version, int type, SessionId session, Identifier from, Identifier to, Consumer<MessageWriter> payload) {
        MessageWriter writer = writer(version, type, session, from, to);
        payload.accept(writer);
        return writer.toByteArray();
    }

    /** Opens an encoded message of the given type, checking its header. */
    public static MessageReader reader(byte[] bytes, int type) throws InvalidEncodingException {
        return reader(bytes, ProtocolMessage.VERSION, type);
    }

    /** Opens an encoded message of the given type and encoding version, checking its header. */
    public static MessageReader reader(byte[] bytes, int version, int type) throws InvalidEncodingException {
        return MessageReader.message(bytes, version, type);
    }

    /** Reads the session, sender and recipient that follow the header. */
    public static Envelope read(MessageReader reader) throws InvalidEncodingException {
        SessionId session = reader.getSession();
        Identifier from = reader.getIdentifier();
        Identifier to = reader.getIdentifier();
        return new Envelope(session, from, to);
    }

    /** Decodes a message made of the envelope and one payload, rejecting trailing bytes. */
    public static <P, M> M decode(byte[] bytes, int type, PayloadReader<P> payload, Assembler<P, M> assembler)
            throws InvalidEncodingException {
        MessageReader reader = reader(bytes, type);
        Envelope envelope = read(reader);
        P body = payload.readFrom(reader);
        reader.end();
        return decoded(() -> assembler.assemble(envelope.session, envelope.from, envelope.to, body));
    }

    /** Builds a decoded message, reporting a rejected field as an encoding error. */
    public static <M> M decoded(Supplier<M> construction) throws InvalidEncodingException {
        try {
            return construction.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidEncodingException(e.getMessage());
        }
    }
}
