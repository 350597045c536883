package dev.custos.crypto.scalar;

import dev.custos.crypto.InvalidEncodingException;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
    private final MontgomeryArithmetic arithmetic;

    private ScalarField(String name, BigInteger order, ByteOrder byteOrder) {
        this.name = name;
        this.order = order;
        this.byteOrder = byteOrder;
        this.arithmetic = new MontgomeryArithmetic(order);
    }

    MontgomeryArithmetic arithmetic() {
        return arithmetic;
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
        return new Scalar(this, new long[MontgomeryArithmetic.LIMBS]);
    }

    public Scalar one() {
        return new Scalar(this, arithmetic.one());
    }

    /** The scalar {@code value mod q}; {@code value} may be negative. */
    public Scalar of(long value) {
        long sign = value >> 63; // all ones if negative
        long magnitude = (value ^ sign) - sign; // |value| as an unsigned 64-bit number, also for Long.MIN_VALUE
        long[] positive = arithmetic.toMontgomery(new long[] {magnitude, 0, 0, 0});
        long[] negative = arithmetic.negate(positive);
        for (int i = 0; i < MontgomeryArithmetic.LIMBS; i++) {
            positive[i] = (negative[i] & sign) | (positive[i] & ~sign);
        }
        return new Scalar(this, positive);
    }

    /** The scalar {@code value mod q}, for public values such as identifiers (a BigInteger cannot be wiped). */
    public Scalar of(BigInteger value) {
        Objects.requireNonNull(value, "value is null");
        return new Scalar(this, arithmetic.toMontgomery(MontgomeryArithmetic.words(value.mod(order))));
    }

    /**
     * Decodes a canonical 32-byte scalar in this field's byte order; rejects other lengths and values {@code >= q}.
     */
    public Scalar decode(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null || encoding.length != BYTE_LENGTH) {
            throw new InvalidEncodingException("scalar must be " + BYTE_LENGTH + " bytes, got "
                    + (encoding == null ? "null" : encoding.length + " bytes"));
        }
        long[] plain = littleEndianWords(littleEndianCopy(encoding), 0);
        try {
            if (arithmetic.lessThanModulus(plain) == 0) {
                throw new InvalidEncodingException(
                        "scalar is not canonical: value is not below the " + name + " group order");
            }
            return new Scalar(this, arithmetic.toMontgomery(plain));
        } finally {
            Arrays.fill(plain, 0);
        }
    }

    /**
     * Interprets {@code bytes} (any length, this field's byte order) as an unsigned integer and reduces it modulo q. Used
     * for hash outputs (e.g. 64-byte SHA-512 digests for edwards25519, 48-byte expand_message_xmd output for secp256k1).
     * Runs in time that depends only on the length.
     */
    public Scalar reduce(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes is null");
        byte[] little = littleEndianCopy(bytes);
        int chunks = (little.length + BYTE_LENGTH - 1) / BYTE_LENGTH;
        long[] accumulator = new long[MontgomeryArithmetic.LIMBS];
        // sum over 256-bit chunks k of chunk_k * 2^(256 k), each converted straight into the Montgomery domain
        for (int chunk = 0; chunk < chunks; chunk++) {
            long[] plain = littleEndianWords(little, chunk * BYTE_LENGTH);
            long[] term = arithmetic.toMontgomery(plain, chunk);
            long[] sum = arithmetic.add(accumulator, term);
            Arrays.fill(accumulator, 0);
            Arrays.fill(plain, 0);
            Arrays.fill(term, 0);
            accumulator = sum;
        }
        Arrays.fill(little, (byte) 0);
        return new Scalar(this, accumulator);
    }

    /** A uniformly random scalar in [0, q) (48 random bytes reduced, bias below 2^-128). */
    public Scalar random(SecureRandom random) {
        byte[] wide = new byte[BYTE_LENGTH + 16];
        random.nextBytes(wide);
        try {
            return reduce(wide);
        } finally {
            Arrays.fill(wide, (byte) 0);
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

    /**
     * The inverses of all {@code scalars}, in order, with a single constant-time inversion (Montgomery's trick: 3(n-1)
     * multiplications plus one inversion).
     *
     * @throws ArithmeticException if a scalar is zero (the message names its index)
     * @throws IllegalArgumentException if a scalar belongs to another field
     */
    public List<Scalar> invertAll(List<Scalar> scalars) {
        Objects.requireNonNull(scalars, "scalars is null");
        int count = scalars.size();
        if (count == 0) {
            return List.of();
        }
        // prefix[i] = s_0 * ... * s_i
        List<Scalar> prefix = new ArrayList<>(count);
        Scalar running = one();
        for (int i = 0; i < count; i++) {
            Scalar scalar = Objects.requireNonNull(scalars.get(i), "scalar " + i + " is null");
            if (scalar.field() != this) {
                throw new IllegalArgumentException("scalar " + i + " is from " + scalar.field() + ", not " + this);
            }
            if (scalar.isZero()) {
                throw new ArithmeticException("scalar " + i + " is zero and has no inverse");
            }
            running = running.multiply(scalar);
            prefix.add(running);
        }
        Scalar[] inverses = new Scalar[count];
        Scalar inverseOfPrefix = running.invert(); // (s_0 * ... * s_i)^-1, walking i down
        for (int i = count - 1; i > 0; i--) {
            inverses[i] = inverseOfPrefix.multiply(prefix.get(i - 1));
            inverseOfPrefix = inverseOfPrefix.multiply(scalars.get(i));
        }
        inverses[0] = inverseOfPrefix;
        for (Scalar partial : prefix) {
            partial.wipe();
        }
        return List.of(inverses);
    }

    private byte[] littleEndianCopy(byte[] bytes) {
        byte[] little = bytes.clone();
        if (byteOrder == ByteOrder.BIG_ENDIAN) {
            reverse(little);
        }
        return little;
    }

    /** Up to 32 little-endian bytes from {@code offset} as four 64-bit words; missing high bytes count as zero. */
    private static long[] littleEndianWords(byte[] little, int offset) {
        long[] words = new long[MontgomeryArithmetic.WORDS];
        int end = Math.min(little.length, offset + BYTE_LENGTH);
        for (int i = offset; i < end; i++) {
            int position = i - offset;
            words[position >>> 3] |= (little[i] & 0xFFL) << ((position & 7) * 8);
        }
        return words;
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
