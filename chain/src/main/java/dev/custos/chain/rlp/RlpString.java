package dev.custos.chain.rlp;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** An RLP byte string. Holds its own copy of the bytes. */
public record RlpString(byte[] bytes) implements RlpItem {
    private static final RlpString EMPTY = new RlpString(new byte[0]);

    public RlpString {
        Objects.requireNonNull(bytes, "bytes is null");
        bytes = bytes.clone();
    }

    public static RlpString of(byte[] bytes) {
        return new RlpString(bytes);
    }

    public static RlpString empty() {
        return EMPTY;
    }

    /** The canonical RLP scalar: big-endian, no leading zero bytes, zero as the empty string. */
    public static RlpString ofUnsigned(BigInteger value) {
        Objects.requireNonNull(value, "value is null");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value is negative: " + value);
        }
        if (value.signum() == 0) {
            return EMPTY;
        }
        byte[] magnitude = value.toByteArray();
        int skip = magnitude[0] == 0 ? 1 : 0;
        return new RlpString(Arrays.copyOfRange(magnitude, skip, magnitude.length));
    }

    public static RlpString ofUnsigned(long value) {
        return ofUnsigned(BigInteger.valueOf(value));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /**
     * Reads this string as a canonical unsigned scalar of at most {@code maxBytes} bytes.
     *
     * @param field names the value in error messages
     * @throws DecodingException if the string has a leading zero byte or is longer than {@code maxBytes}
     */
    public BigInteger asUnsigned(String field, int maxBytes) throws DecodingException {
        if (bytes.length > maxBytes) {
            throw new DecodingException(
                    field + " is " + bytes.length + " bytes long; at most " + maxBytes + " allowed");
        }
        if (bytes.length > 0 && bytes[0] == 0) {
            throw new DecodingException(field + " has a leading zero byte (non-canonical integer)");
        }
        return new BigInteger(1, bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RlpString that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RlpString[" + Hex.encode(bytes) + "]";
    }
}
