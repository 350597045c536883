package dev.custos.frost.serialization;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import java.io.ByteArrayOutputStream;

/**
 * Writes the versioned binary format of FROST messages: a three-byte header {@code [format version][ciphersuite
 * id][message type]} followed by fixed-length scalars and elements, big-endian counts and length-prefixed byte strings.
 */
public final class MessageWriter {
    /** The format version this implementation writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private final Ciphersuite suite;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private MessageWriter(Ciphersuite suite) {
        this.suite = suite;
    }

    public static MessageWriter start(MessageType type, Ciphersuite suite) {
        requireNonNull(type, "type is null");
        requireNonNull(suite, "suite is null");
        MessageWriter writer = new MessageWriter(suite);
        writer.out.write(FORMAT_VERSION);
        writer.out.write(suite.id());
        writer.out.write(type.tag());
        return writer;
    }

    /** A canonical scalar (RFC 9591 SerializeScalar). */
    public MessageWriter scalar(Scalar scalar) {
        if (requireNonNull(scalar, "scalar is null").field() != suite.scalarField()) {
            throw new IllegalArgumentException("scalar is not from the " + suite.name() + " field");
        }
        out.writeBytes(scalar.toBytes());
        return this;
    }

    /** A canonical non-identity element (RFC 9591 SerializeElement). */
    public MessageWriter element(Element element) {
        out.writeBytes(requireNonNull(element, "element is null").encode());
        return this;
    }

    public MessageWriter identifier(Identifier identifier) {
        return scalar(requireNonNull(identifier, "identifier is null").value());
    }

    /** An unsigned 16-bit big-endian integer. */
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

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
