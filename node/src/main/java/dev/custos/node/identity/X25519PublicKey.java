package dev.custos.node.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * An X25519 public key (RFC 7748, 32 bytes, the u-coordinate little-endian) that is canonical (below 2^255 - 19, top
 * bit clear) and not of small order, so that a Diffie-Hellman with it never yields the all-zero secret. Public; equal by
 * value.
 */
public final class X25519PublicKey {
    public static final int LENGTH = 32;
    private static final BigInteger FIELD_PRIME = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    /** A fixed clamped scalar: a multiple of 8, so its product with a point of order dividing 8 is zero. */
    private static final byte[] PROBE_SCALAR = probeScalar();

    private final byte[] bytes;

    private X25519PublicKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The key encoded in {@code bytes}.
     *
     * @throws InvalidEncodingException if the bytes are not 32 bytes, not canonical, or a point of small order
     */
    public static X25519PublicKey of(byte[] bytes) throws InvalidEncodingException {
        requireNonNull(bytes, "bytes is null");
        if (bytes.length != LENGTH) {
            throw new InvalidEncodingException("an X25519 public key is " + LENGTH + " bytes, got " + bytes.length);
        }
        byte[] bigEndian = bytes.clone();
        reverse(bigEndian);
        if (new BigInteger(1, bigEndian).compareTo(FIELD_PRIME) >= 0) {
            throw new InvalidEncodingException("not a canonical X25519 public key (u >= 2^255 - 19): "
                    + HexFormat.of().formatHex(bytes));
        }
        byte[] product = new byte[X25519.POINT_SIZE];
        if (!X25519.calculateAgreement(PROBE_SCALAR, 0, bytes, 0, product, 0)) {
            throw new InvalidEncodingException("X25519 public key of small order (any shared secret would be zero): "
                    + HexFormat.of().formatHex(bytes));
        }
        return new X25519PublicKey(bytes.clone());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof X25519PublicKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "X25519PublicKey[" + toHex() + "]";
    }

    private static void reverse(byte[] bytes) {
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
    }

    private static byte[] probeScalar() {
        byte[] scalar = new byte[X25519.SCALAR_SIZE];
        Arrays.fill(scalar, (byte) 0x5A);
        return scalar;
    }
}
