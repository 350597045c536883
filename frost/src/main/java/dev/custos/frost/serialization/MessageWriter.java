package dev.custos.frost.serialization;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.Signature;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Writes the versioned binary format of every FROST message, the module's one encoder. Each message starts with a
 * three-byte header {@code [format version][ciphersuite id][message type]}:
 *
 * <ul>
 *   <li>signing messages ({@link #start(MessageType, Ciphersuite)}, type from {@link MessageType}) continue with their
 *       fields;
 *   <li>key lifecycle messages ({@link #start(Ciphersuite, LifecycleMessageType, SessionId)}, type from {@link
 *       LifecycleMessageType}, codes from {@code 0x41}) continue with the 32-byte session id, then their fields.
 * </ul>
 *
 * Fields: identifiers and scalars as canonical scalars (RFC 9591 SerializeScalar), elements in the group's canonical
 * encoding (SerializeElement), u16 counts big-endian, byte strings with a u32 big-endian length prefix, proofs in the
 * ciphersuite's signature encoding. There are no optional fields and no trailing bytes. The buffer is wiped when the
 * encoding is taken; for messages that carry a secret, the caller wipes the returned array after sending it.
 */
public final class MessageWriter {
    /** The format version this implementation writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** Length of the common header: version, suite, type. */
    public static final int HEADER_LENGTH = 3;

    /** Length of the header of a key lifecycle message: the common header and the session id. */
    public static final int LIFECYCLE_HEADER_LENGTH = HEADER_LENGTH + SessionId.LENGTH;

    private final Ciphersuite suite;
    private final WipeableBuffer out = new WipeableBuffer();

    private MessageWriter(Ciphersuite suite, int type) {
        this.suite = suite;
        out.write(FORMAT_VERSION);
        out.write(suite.id());
        out.write(type);
    }

    /** Starts a signing message. */
    public static MessageWriter start(MessageType type, Ciphersuite suite) {
        requireNonNull(type, "type is null");
        requireNonNull(suite, "suite is null");
        return new MessageWriter(suite, type.tag());
    }

    /** Starts a key lifecycle message: the common header, then the session id. */
    public static MessageWriter start(Ciphersuite suite, LifecycleMessageType type, SessionId sessionId) {
        requireNonNull(suite, "suite is null");
        requireNonNull(type, "type is null");
        requireNonNull(sessionId, "sessionId is null");
        MessageWriter writer = new MessageWriter(suite, type.code());
        writer.out.writeBytes(sessionId.toBytes());
        return writer;
    }

    /** A canonical scalar of the suite's field; the temporary encoding is wiped. */
    public MessageWriter scalar(Scalar scalar) {
        if (requireNonNull(scalar, "scalar is null").field() != suite.scalarField()) {
            throw new IllegalArgumentException("scalar is not from the " + suite.name() + " field");
        }
        byte[] encoding = scalar.toBytes();
        out.writeBytes(encoding);
        Arrays.fill(encoding, (byte) 0);
        return this;
    }

    /** A canonical non-identity element. */
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

    public MessageWriter identifier(Identifier identifier) {
        return scalar(requireNonNull(identifier, "identifier is null").value());
    }

    /** An unsigned 16-bit big-endian integer (a count). */
    public MessageWriter u16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("value does not fit in 16 bits: " + value);
        }
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    /** A byte string prefixed with its length as an unsigned 32-bit big-endian integer. */
    public MessageWriter bytes(byte[] bytes) {
        requireNonNull(bytes, "bytes is null");
        int length = bytes.length;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.writeBytes(bytes);
        return this;
    }

    /** Bytes of a length both sides know (no prefix). */
    public MessageWriter fixed(byte[] bytes) {
        out.writeBytes(requireNonNull(bytes, "bytes is null"));
        return this;
    }

    /** A Feldman commitment: u16 count, then its elements; {@code C_0} may be the identity (refresh). */
    public MessageWriter commitment(FeldmanCommitment commitment) {
        requireNonNull(commitment, "commitment is null");
        u16(commitment.threshold());
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

    /** The finished encoding; the writer's own buffer is wiped. */
    public byte[] toByteArray() {
        byte[] encoding = out.toByteArray();
        out.wipe();
        return encoding;
    }

    /** A buffer whose contents can be overwritten once the encoding is taken. */
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
