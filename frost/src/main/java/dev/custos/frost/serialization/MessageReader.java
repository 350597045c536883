package dev.custos.frost.serialization;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import java.util.Arrays;

/**
 * Strictly reads what {@link MessageWriter} writes: the header must name this format version, a known suite and the
 * expected message type; scalars must be canonical, elements canonical non-identity group members (the group's strict
 * decoder), lengths must fit, and {@link #finish()} rejects trailing bytes. Every failure is a {@link FrostException}
 * ({@link FrostErrorCode#MALFORMED_MESSAGE} or {@link FrostErrorCode#UNSUPPORTED_VERSION}) naming the field.
 */
public final class MessageReader {
    private static final int HEADER_LENGTH = 3;

    private final byte[] bytes;
    private final Ciphersuite suite;
    private final MessageType type;
    private int position;

    private MessageReader(byte[] bytes, Ciphersuite suite, MessageType type) {
        this.bytes = bytes;
        this.suite = suite;
        this.type = type;
        this.position = HEADER_LENGTH;
    }

    public static MessageReader open(byte[] message, MessageType expected) throws FrostException {
        requireNonNull(expected, "expected is null");
        if (message == null || message.length < HEADER_LENGTH) {
            throw malformed(expected, "message is shorter than its " + HEADER_LENGTH + "-byte header");
        }
        int version = message[0] & 0xFF;
        if (version != MessageWriter.FORMAT_VERSION) {
            throw new FrostException(
                    FrostErrorCode.UNSUPPORTED_VERSION,
                    expected + ": format version " + version + " is not supported (expected "
                            + MessageWriter.FORMAT_VERSION + ")");
        }
        Ciphersuite suite;
        try {
            suite = Ciphersuites.byId(message[1] & 0xFF);
        } catch (IllegalArgumentException e) {
            throw malformed(expected, "unknown ciphersuite id " + (message[1] & 0xFF));
        }
        MessageType actual = MessageType.byTag(message[2] & 0xFF);
        if (actual != expected) {
            throw malformed(expected, "message type is " + (actual == null ? "unknown" : actual.toString()));
        }
        return new MessageReader(message, suite, expected);
    }

    /** The ciphersuite named in the header. */
    public Ciphersuite suite() {
        return suite;
    }

    public Scalar scalar(String field) throws FrostException {
        byte[] encoding = take(suite.scalarField().byteLength(), field);
        try {
            return suite.scalarField().decode(encoding);
        } catch (InvalidEncodingException e) {
            throw malformed(type, field + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(encoding, (byte) 0);
        }
    }

    public Element element(String field) throws FrostException {
        byte[] encoding = take(suite.group().elementLength(), field);
        try {
            return suite.group().decode(encoding);
        } catch (InvalidEncodingException e) {
            throw malformed(type, field + ": " + e.getMessage(), e);
        }
    }

    public Identifier identifier(String field) throws FrostException {
        Scalar value = scalar(field);
        if (value.isZero()) {
            throw malformed(type, field + ": identifier must not be zero");
        }
        return new Identifier(value);
    }

    public int u16(String field) throws FrostException {
        byte[] two = take(2, field);
        return ((two[0] & 0xFF) << 8) | (two[1] & 0xFF);
    }

    /** A length-prefixed byte string of at most {@code maxLength} bytes. */
    public byte[] bytes(String field, int maxLength) throws FrostException {
        byte[] prefix = take(4, field + " length");
        long length = ((prefix[0] & 0xFFL) << 24)
                | ((prefix[1] & 0xFFL) << 16)
                | ((prefix[2] & 0xFFL) << 8)
                | (prefix[3] & 0xFFL);
        if (length > maxLength) {
            throw malformed(type, field + ": length " + length + " exceeds the limit " + maxLength);
        }
        return take((int) length, field);
    }

    public byte[] fixed(int length, String field) throws FrostException {
        return take(length, field);
    }

    /** Requires that every byte was read. */
    public void finish() throws FrostException {
        if (position != bytes.length) {
            throw malformed(type, (bytes.length - position) + " trailing bytes");
        }
    }

    /** A {@link FrostErrorCode#MALFORMED_MESSAGE} failure for semantic checks made by the caller. */
    public FrostException error(String detail) {
        return malformed(type, detail);
    }

    private byte[] take(int length, String field) throws FrostException {
        if (length < 0 || bytes.length - position < length) {
            throw malformed(type, field + ": message is truncated");
        }
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    private static FrostException malformed(MessageType type, String detail) {
        return new FrostException(FrostErrorCode.MALFORMED_MESSAGE, type + ": " + detail);
    }

    private static FrostException malformed(MessageType type, String detail, Throwable cause) {
        return new FrostException(FrostErrorCode.MALFORMED_MESSAGE, type + ": " + detail, cause);
    }
}
