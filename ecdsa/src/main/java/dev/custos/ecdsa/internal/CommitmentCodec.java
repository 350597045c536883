package dev.custos.ecdsa.internal;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import java.util.function.Consumer;

/**
 * Checks and encoding of the round-1 messages that carry a hash commitment (the same for every recipient, so
 * broadcast) followed by a payload for the pair: {@link Envelope}, {@link #LENGTH}-byte commitment, payload.
 */
public final class CommitmentCodec {
    public static final int LENGTH = 32;

    /** Builds a message from its fields (usually the message's canonical constructor). */
    @FunctionalInterface
    public interface Assembler<P, M> {
        M assemble(SessionId session, Identifier from, Identifier to, byte[] commitment, P payload);
    }

    private CommitmentCodec() {}

    /** Checks every field, naming the culprit, and returns a copy of the commitment for the message to keep. */
    public static byte[] checked(
            SessionId session, Identifier from, Identifier to, byte[] commitment, Object payload, String payloadName) {
        Envelope.check(session, from, to);
        requireNonNull(commitment, "commitment is null");
        requireNonNull(payload, payloadName + " is null");
        byte[] copy = Envelope.copyOfLength(commitment, LENGTH, "commitment");
        Envelope.requireDistinct(from, to);
        return copy;
    }

    public static byte[] encode(
            int type,
            SessionId session,
            Identifier from,
            Identifier to,
            byte[] commitment,
            Consumer<MessageWriter> payload) {
        return encode(ProtocolMessage.VERSION, type, session, from, to, commitment, payload);
    }

    /** As {@link #encode(int, SessionId, Identifier, Identifier, byte[], Consumer)}, with an explicit encoding version. */
    public static byte[] encode(
            int version,
            int type,
            SessionId session,
            Identifier from,
            Identifier to,
            byte[] commitment,
            Consumer<MessageWriter> payload) {
        return Envelope.encode(version, type, session, from, to, writer -> payload.accept(writer.putFixed(commitment)));
    }

    /** Decodes such a message, rejecting trailing bytes; a field the message rejects is an encoding error. */
    public static <P, M> M decode(byte[] bytes, int type, Envelope.PayloadReader<P> payload, Assembler<P, M> assembler)
            throws InvalidEncodingException {
        return decode(bytes, ProtocolMessage.VERSION, type, payload, assembler);
    }

    /** As {@link #decode(byte[], int, Envelope.PayloadReader, Assembler)}, with an explicit encoding version. */
    public static <P, M> M decode(
            byte[] bytes, int version, int type, Envelope.PayloadReader<P> payload, Assembler<P, M> assembler)
            throws InvalidEncodingException {
        MessageReader reader = Envelope.reader(bytes, version, type);
        Envelope envelope = Envelope.read(reader);
        byte[] commitment = reader.getFixed(LENGTH);
        P body = payload.readFrom(reader);
        reader.end();
        return Envelope.decoded(
                () -> assembler.assemble(envelope.session(), envelope.from(), envelope.to(), commitment, body));
    }
}
