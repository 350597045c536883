package dev.custos.crypto.scalar;

import dev.custos.crypto.InvalidEncodingException;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.security.SecureRandom;

/**
 * Integers modulo a prime group order q below 2^256, with the byte order the ciphersuite uses for scalars (big-endian for
 * secp256k1, little-endian for edwards25519).
 */
public final class ScalarField {
    /** The order n of secp256k1; scalars are encoded big-endian in 32 bytes. */
    public static final ScalarField SECP256K1 = new ScalarField(
            "secp256k1",
            new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16),
            ByteOrder.BIG_ENDIAN);

    /** The order L = 2^252 + 27742317777372353535851937790883648493 of edwards25519; scalars are little-endian. */
    public static final ScalarField ED25519 = new ScalarField(
            "edwards25519",
            BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493")),
            ByteOrder.LITTLE_ENDIAN);

    public static final int BYTE_LENGTH = 32;

    private final String name;
    private final BigInteger order;
    private final ByteOrder byteOrder;

    private ScalarField(String name, BigInteger order, ByteOrder byteOrder) {
        this.name = name;
        this.order = order;
        this.byteOrder = byteOrder;
    }

    public String name() {
        return name;
    }

    /** The group order q (a public constant). */
    public BigInteger order() {
        return order;
    }

    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /** Length of a canonical scalar encoding in bytes (32 for both fields). */
    public int byteLength() {
        return BYTE_LENGTH;
    }

    public Scalar zero() {
        return Scalar.of(this, BigInteger.ZERO);
    }

    public Scalar one() {
        return Scalar.of(this, BigInteger.ONE);
    }

    /** The scalar {@code value mod q}; {@code value} may be negative. */
    public Scalar of(long value) {
        return Scalar.of(this, BigInteger.valueOf(value).mod(order));
    }

    /** The scalar {@code value mod q}, for public values such as identifiers. */
    public Scalar of(BigInteger value) {
        return Scalar.of(this, value.mod(order));
    }

    /**
     * Decodes a canonical 32-byte scalar in this field's byte order; rejects other lengths and values {@code >= q}.
     */
    public Scalar decode(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null || encoding.length != BYTE_LENGTH) {
            throw new InvalidEncodingException(
                    "scalar must be " + BYTE_LENGTH + " bytes, got " + (encoding == null ? "null" : encoding.length));
        }
        BigInteger value = toUnsigned(encoding);
        if (value.compareTo(order) >= 0) {
            throw new InvalidEncodingException("scalar is not canonical: value is not below the group order");
        }
        return Scalar.of(this, value);
    }

    /**
     * Interprets {@code bytes} (any length, this field's byte order) as an unsigned integer and reduces it modulo q. Used
     * for hash outputs (e.g. 64-byte SHA-512 digests for edwards25519, 48-byte expand_message_xmd output for secp256k1).
     */
    public Scalar reduce(byte[] bytes) {
        return Scalar.of(this, toUnsigned(bytes).mod(order));
    }

    /** A uniformly random scalar in [0, q). */
    public Scalar random(SecureRandom random) {
        byte[] wide = new byte[BYTE_LENGTH + 16];
        random.nextBytes(wide);
        try {
            return reduce(wide);
        } finally {
            java.util.Arrays.fill(wide, (byte) 0);
        }
    }

    /** A uniformly random scalar in [1, q). */
    public Scalar randomNonZero(SecureRandom random) {
        while (true) {
            Scalar candidate = random(random);
            if (!candidate.isZero()) {
                return candidate;
            }
        }
    }

    private BigInteger toUnsigned(byte[] bytes) {
        byte[] bigEndian = bytes.clone();
        if (byteOrder == ByteOrder.LITTLE_ENDIAN) {
            reverse(bigEndian);
        }
        return new BigInteger(1, bigEndian);
    }

    static void reverse(byte[] bytes) {
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    @Override
    public String toString() {
        return "ScalarField[" + name + "]";
    }
}
