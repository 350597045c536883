package dev.custos.crypto.group.secp256k1;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** SEC1 encodings of secp256k1 points and the coordinate checks that need no curve arithmetic. */
final class PointEncoding {
    static final int COORDINATE_LENGTH = 32;
    static final int COMPRESSED_LENGTH = 33;
    static final int UNCOMPRESSED_LENGTH = 65;
    static final byte EVEN_Y_PREFIX = 0x02;
    static final byte ODD_Y_PREFIX = 0x03;
    static final byte UNCOMPRESSED_PREFIX = 0x04;

    /** The field prime p = 2^256 - 2^32 - 977, big-endian. */
    private static final byte[] FIELD_PRIME =
            HexFormat.of().parseHex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F");

    private PointEncoding() {}

    /** Whether the 32 big-endian bytes at {@code offset} encode an integer below p. Public data: variable time. */
    static boolean isBelowFieldPrime(byte[] bytes, int offset) {
        for (int i = 0; i < COORDINATE_LENGTH; i++) {
            int left = bytes[offset + i] & 0xFF;
            int right = FIELD_PRIME[i] & 0xFF;
            if (left != right) {
                return left < right;
            }
        }
        return false;
    }

    static byte[] compress(byte[] uncompressed) {
        byte[] out = new byte[COMPRESSED_LENGTH];
        out[0] = hasEvenY(uncompressed) ? EVEN_Y_PREFIX : ODD_Y_PREFIX;
        System.arraycopy(uncompressed, 1, out, 1, COORDINATE_LENGTH);
        return out;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static byte[] xOnly(byte[] uncompressed) {
        return Arrays.copyOfRange(uncompressed, 1, 1 + COORDINATE_LENGTH);
    }

    static boolean hasEvenY(byte[] uncompressed) {
        return (uncompressed[UNCOMPRESSED_LENGTH - 1] & 1) == 0;
    }

    /** Whether {@code a == -b}: same x, different y (y is never 0 on secp256k1, whose order is odd). */
    static boolean areOpposite(byte[] a, byte[] b) {
        return Arrays.equals(a, 1, 1 + COORDINATE_LENGTH, b, 1, 1 + COORDINATE_LENGTH)
                && !Arrays.equals(
                        a, 1 + COORDINATE_LENGTH, UNCOMPRESSED_LENGTH, b, 1 + COORDINATE_LENGTH, UNCOMPRESSED_LENGTH);
    }

    /** {@code (x, p - y)}; y is never 0, so the result is canonical. */
    static byte[] negate(byte[] uncompressed) {
        byte[] out = uncompressed.clone();
        int borrow = 0;
        for (int i = COORDINATE_LENGTH - 1; i >= 0; i--) {
            int index = 1 + COORDINATE_LENGTH + i;
            int difference = (FIELD_PRIME[i] & 0xFF) - (uncompressed[index] & 0xFF) - borrow;
            out[index] = (byte) difference;
            borrow = (difference >> 8) & 1;
        }
        return out;
    }

    /** {@code 0x02 || x}: the compressed encoding of the point with abscissa x and even y, if there is one. */
    static byte[] evenYCompressed(byte[] x) {
        byte[] out = new byte[COMPRESSED_LENGTH];
        out[0] = EVEN_Y_PREFIX;
        System.arraycopy(x, 0, out, 1, COORDINATE_LENGTH);
        return out;
    }
}
