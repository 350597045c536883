package dev.custos.node.wire;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link ByteWriter} writes, strictly: a field that runs past the end, a length above its bound, a u32 or
 * u64 with its top bit set, a string that is not valid UTF-8, or (at {@link #finish()}) trailing bytes raise an
 * {@link InvalidEncodingException} whose message names the encoding and the field.
 */
public final class ByteReader {
    private final byte[] bytes;
    private final String what;
    private int position;

    /**
     * Reads {@code bytes} (not copied: the caller must not change them while reading), naming the encoding {@code
     * what} (such as "envelope") in every error.
     */
    public ByteReader(byte[] bytes, String what) {
        this.bytes = requireNonNull(bytes, "bytes is null");
        this.what = requireNonNull(what, "what is null");
    }

    public int u8(String field) throws InvalidEncodingException {
        require(1, field);
        return bytes[position++] & 0xFF;
    }

    /** A u32, which must be below 2^31. */
    public int u32(String field) throws InvalidEncodingException {
        require(4, field);
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        if (value < 0) {
            throw error(field, "value " + Integer.toUnsignedString(value) + " is above 2^31 - 1");
        }
        return value;
    }

    /** A u64, which must be below 2^63. */
    public long u64(String field) throws InvalidEncodingException {
        require(8, field);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        if (value < 0) {
            throw error(field, "value " + Long.toUnsignedString(value) + " is above 2^63 - 1");
        }
        return value;
    }

    /** A field of exactly {@code length} bytes. */
    public byte[] raw(int length, String field) throws InvalidEncodingException {
        require(length, field);
        byte[] value = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    /** A variable-length field of at most {@code maxLength} bytes. */
    public byte[] bytes(int maxLength, String field) throws InvalidEncodingException {
        int length = u32(field + " length");
        if (length > maxLength) {
            throw error(field, "length " + length + " is above the limit of " + maxLength);
        }
        return raw(length, field);
    }

    /** A variable-length field of at most {@code maxLength} bytes holding valid UTF-8. */
    public String string(int maxLength, String field) throws InvalidEncodingException {
        byte[] encoded = bytes(maxLength, field);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(encoded))
                    .toString();
        } catch (CharacterCodingException e) {
            throw error(field, "not valid UTF-8");
        }
    }

    /** The number of bytes read so far. */
    public int position() {
        return position;
    }

    /** The number of bytes not read yet. */
    public int remaining() {
        return bytes.length - position;
    }

    /** Requires that every byte was read. */
    public void finish() throws InvalidEncodingException {
        if (position != bytes.length) {
            throw new InvalidEncodingException(
                    what + ": " + (bytes.length - position) + " trailing bytes after the last field");
        }
    }

    /** An error about {@code field} of this encoding, for checks the caller makes on a value it read. */
    public InvalidEncodingException error(String field, String problem) {
        return new InvalidEncodingException(what + ": field '" + field + "': " + problem);
    }

    /**
     * An error about {@code field} of this encoding, from the exception a check of the value read there threw (a
     * validating constructor's {@link IllegalArgumentException}, a key decoder's {@link InvalidEncodingException}).
     */
    public InvalidEncodingException error(String field, Exception invalid) {
        String problem = invalid.getMessage();
        return error(field, problem == null ? invalid.getClass().getSimpleName() : problem);
    }

    private void require(int length, String field) throws InvalidEncodingException {
        if (length < 0 || bytes.length - position < length) {
            throw error(field, "truncated (needs " + length + " bytes, " + (bytes.length - position) + " left)");
        }
    }
}
