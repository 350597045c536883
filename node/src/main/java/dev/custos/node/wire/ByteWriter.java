package dev.custos.node.wire;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds an encoding in the node's binary format (see the package description). For public data only: the growing
 * buffer leaves copies behind that cannot be wiped.
 */
public final class ByteWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** One byte, 0 to 255. */
    public ByteWriter u8(int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("u8 out of range: " + value);
        }
        out.write(value);
        return this;
    }

    /** A 4-byte big-endian unsigned integer, 0 to 2^31 - 1 (the reader rejects larger values). */
    public ByteWriter u32(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("u32 out of range: " + value);
        }
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    /** An 8-byte big-endian unsigned integer, 0 to 2^63 - 1. */
    public ByteWriter u64(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("u64 out of range: " + value);
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
        return this;
    }

    /** The bytes as they are: a field whose length the format fixes. */
    public ByteWriter raw(byte[] bytes) {
        requireNonNull(bytes, "bytes is null");
        out.writeBytes(bytes);
        return this;
    }

    /** A variable-length field: its length as {@link #u32}, then the bytes. */
    public ByteWriter bytes(byte[] bytes) {
        requireNonNull(bytes, "bytes is null");
        u32(bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    /** A string as a variable-length field of its UTF-8 bytes. */
    public ByteWriter string(String value) {
        requireNonNull(value, "value is null");
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The number of bytes written so far. */
    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
