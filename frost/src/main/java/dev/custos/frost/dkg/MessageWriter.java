package dev.custos.frost.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Writes the versioned binary encoding shared by all key lifecycle messages. It follows the conventions of the signing
 * messages ({@link dev.custos.frost.serialization.MessageWriter}): the same three-byte header, then a session id:
 *
 * <pre>
 *   u8  format version (1)
 *   u8  ciphersuite id ({@link Ciphersuite#id()})
 *   u8  message type ({@link LifecycleMessageType#code()})
 *   32  session id
 * </pre>
 *
 * followed by the message body: identifiers and scalars as canonical 32-byte scalars, elements in the group's canonical
 * encoding ({@link dev.custos.crypto.group.Group#elementLength()} bytes), counts as u16 big-endian, proofs in the
 * ciphersuite's signature encoding. There are no optional fields and no trailing bytes. Used by the message types of the
 * {@code dkg}, {@code refresh}, {@code repair} and {@code reshare} packages; applications use their {@code encode()}.
 */
public final class MessageWriter {
    /** The only format version written and read. */
    public static final int FORMAT_VERSION = 1;

    /** Length of the common header. */
    public static final int HEADER_LENGTH = 3 + SessionId.LENGTH;

    private final Ciphersuite suite;
    private final WipeableBuffer out = new WipeableBuffer();

    private MessageWriter(Ciphersuite suite) {
        this.suite = suite;
    }

    /** Starts a message with the common header. */
    public static MessageWriter start(Ciphersuite suite, LifecycleMessageType type, SessionId sessionId) {
        requireNonNull(suite, "suite is null");
        requireNonNull(type, "type is null");
        requireNonNull(sessionId, "sessionId is null");
        MessageWriter writer = new MessageWriter(suite);
        writer.out.write(FORMAT_VERSION);
        writer.out.write(suite.id());
        writer.out.write(type.code());
        writer.out.writeBytes(sessionId.toBytes());
        return writer;
    }

    public MessageWriter identifier(Identifier identifier) {
        return scalar(requireNonNull(identifier, "identifier is null").value());
    }

    /** A canonical scalar; the bytes written are wiped from the temporary buffer. */
    public MessageWriter scalar(Scalar scalar) {
        byte[] encoding = requireNonNull(scalar, "scalar is null").toBytes();
        out.writeBytes(encoding);
        Arrays.fill(encoding, (byte) 0);
        return this;
    }

    /** A non-identity element. */
    public MessageWriter element(Element element) {
        out.writeBytes(requireNonNull(element, "element is null").encode());
        return this;
    }

    /** An element that may be the identity, written as {@link MessageReader#identityMarker}. */
    public MessageWriter elementOrIdentity(Element element) {
        requireNonNull(element, "element is null");
        out.writeBytes(element.isIdentity() ? MessageReader.identityMarker(suite.group()) : element.encode());
        return this;
    }

    /** A u16 count in {@code [0, 65535]}. */
    public MessageWriter count(int count) {
        if (count < 0 || count > 0xFFFF) {
            throw new IllegalArgumentException("count must be in [0, 65535], got " + count);
        }
        out.write(count >>> 8);
        out.write(count);
        return this;
    }

    /** A Feldman commitment: u16 count, then its elements; {@code C_0} may be the identity (refresh). */
    public MessageWriter commitment(FeldmanCommitment commitment) {
        requireNonNull(commitment, "commitment is null");
        count(commitment.threshold());
        for (Element coefficient : commitment.coefficients()) {
            elementOrIdentity(coefficient);
        }
        return this;
    }

    /** A Schnorr proof in the ciphersuite's signature encoding. */
    public MessageWriter proof(Signature proof) {
        out.writeBytes(suite.encodeSignature(requireNonNull(proof, "proof is null")));
        return this;
    }

    /**
     * The finished encoding; the writer's own buffer is wiped. For messages that carry a secret, the caller should wipe
     * the returned array after sending it.
     */
    public byte[] toByteArray() {
        byte[] encoding = out.toByteArray();
        out.wipe();
        return encoding;
    }

    /** A buffer large enough for every lifecycle message of usual size, whose contents can be overwritten. */
    private static final class WipeableBuffer extends ByteArrayOutputStream {
        WipeableBuffer() {
            super(512);
        }

        void wipe() {
            Arrays.fill(buf, (byte) 0);
            reset();
        }
    }
}
