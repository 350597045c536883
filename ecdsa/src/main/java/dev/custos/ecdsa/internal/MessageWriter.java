package dev.custos.ecdsa.internal;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the encoding of every ecdsa message and secret encoding (key shares, presignatures), the module's one encoder,
 * as frost's {@code MessageWriter}: a version byte and a type byte, then fixed-size fields written as is and
 * variable-size ones length-prefixed. {@link MessageReader} reads it back.
 */
public final class MessageWriter {
    private byte[] buffer = new byte[256];
    private int size;

    /** Starts a message: format version, then the message type. */
    public static MessageWriter message(int version, int type) {
        MessageWriter writer = new MessageWriter();
        writer.write(version);
        writer.write(type);
        return writer;
    }

    /**
     * Makes room for {@code length} more bytes at once: a writer that reserves exactly what it then writes builds the
     * encoding without intermediate copies, and {@link #toByteArray} hands out its buffer.
     */
    public MessageWriter reserve(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative, got " + length);
        }
        if (length > buffer.length - size) {
            buffer = Arrays.copyOf(buffer, Math.addExact(size, length));
        }
        return this;
    }

    public MessageWriter putInt(int value) {
        ensure(4);
        buffer[size] = (byte) (value >>> 24);
        buffer[size + 1] = (byte) (value >>> 16);
        buffer[size + 2] = (byte) (value >>> 8);
        buffer[size + 3] = (byte) value;
        size += 4;
        return this;
    }

    public MessageWriter putSession(SessionId session) {
        return putFixed(session.bytes());
    }

    public MessageWriter putIdentifier(Identifier party) {
        return putInt(party.value());
    }

    /** Exactly {@code bytes.length} bytes, no prefix; the reader must know the length. */
    public MessageWriter putFixed(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    public MessageWriter putVariable(byte[] bytes) {
        putInt(bytes.length);
        return putFixed(bytes);
    }

    public MessageWriter putElement(Element element) {
        return putFixed(element.encode());
    }

    public MessageWriter putScalar(Scalar scalar) {
        return putFixed(scalar.toBytes());
    }

    public MessageWriter putScalars(List<Scalar> scalars) {
        putInt(scalars.size());
        for (Scalar scalar : scalars) {
            putScalar(scalar);
        }
        return this;
    }

    public MessageWriter putElements(List<? extends Element> elements) {
        putInt(elements.size());
        for (Element element : elements) {
            putElement(element);
        }
        return this;
    }

    /** The encoding; the writer must not be used afterwards. */
    public byte[] toByteArray() {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }

    private void write(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    private void ensure(int length) {
        if (length > buffer.length - size) {
            buffer = Arrays.copyOf(buffer, Math.max(Math.addExact(size, length), 2 * buffer.length));
        }
    }
}
