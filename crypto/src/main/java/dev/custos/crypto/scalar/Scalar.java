package dev.custos.crypto.scalar;

import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An integer modulo the prime order q of a group. Arithmetic returns new scalars; the value never changes except by
 * {@link #wipe()}.
 *
 * <p>The value lives in five 52-bit limbs of a {@code long[]} in Montgomery form, never in a {@link BigInteger}, so that it can be wiped.
 * {@link #add}, {@link #subtract}, {@link #multiply}, {@link #negate}, {@link #invert}, {@link #isZero} and
 * {@link #equals} do not branch on the value.
 *
 * <p>A scalar may be secret (a share, a nonce): {@link #toString()} never prints the value. Long-lived secrets are held in
 * {@link dev.custos.crypto.secret.SecretScalar}, which can be destroyed.
 */
public final class Scalar {
    private final ScalarField field;
    /** The value times 2^260 mod q in 52-bit limbs, least significant first. */
    private final long[] limbs;

    /** Takes ownership of {@code montgomeryLimbs}, which must be fully reduced. */
    Scalar(ScalarField field, long[] montgomeryLimbs) {
        this.field = field;
        this.limbs = montgomeryLimbs;
    }

    public ScalarField field() {
        return field;
    }

    public Scalar add(Scalar other) {
        return new Scalar(field, field.arithmetic().add(limbs, check(other).limbs));
    }

    public Scalar subtract(Scalar other) {
        return new Scalar(field, field.arithmetic().subtract(limbs, check(other).limbs));
    }

    public Scalar multiply(Scalar other) {
        return new Scalar(field, field.arithmetic().multiply(limbs, check(other).limbs));
    }

    public Scalar negate() {
        return new Scalar(field, field.arithmetic().negate(limbs));
    }

    /**
     * The multiplicative inverse, by Fermat exponentiation {@code this^(q-2)} over the public exponent, in time
     * independent of the value; throws {@link ArithmeticException} for zero.
     */
    public Scalar invert() {
        if (isZero()) {
            throw new ArithmeticException("zero has no inverse");
        }
        return new Scalar(field, field.arithmetic().invert(limbs));
    }

    /**
     * The multiplicative inverse, computed with a variable-time algorithm. Faster than {@link #invert()}, but its timing
     * depends on the value: use it for public values only (identifiers, Lagrange denominators of public identifiers).
     */
    public Scalar invertVariableTime() {
        if (isZero()) {
            throw new ArithmeticException("zero has no inverse");
        }
        return field.of(toBigInteger().modInverse(field.order()));
    }

    public boolean isZero() {
        return MontgomeryArithmetic.isZeroMask(limbs) != 0;
    }

    /** The canonical 32-byte encoding in the field's byte order. */
    public byte[] toBytes() {
        long[] plain = field.arithmetic().fromMontgomery(limbs);
        byte[] out = new byte[ScalarField.BYTE_LENGTH];
        for (int i = 0; i < ScalarField.BYTE_LENGTH; i++) {
            out[i] = (byte) (plain[i >>> 3] >>> ((i & 7) * 8));
        }
        Arrays.fill(plain, 0);
        if (field.byteOrder() == ByteOrder.BIG_ENDIAN) {
            ScalarField.reverse(out);
        }
        return out;
    }

    /** The value as a non-negative integer; for public scalars only (identifiers, test vectors). */
    public BigInteger toBigInteger() {
        byte[] bytes = toBytes();
        if (field.byteOrder() == ByteOrder.LITTLE_ENDIAN) {
            ScalarField.reverse(bytes);
        }
        return new BigInteger(1, bytes);
    }

    /** Overwrites the value with zero; used by {@link dev.custos.crypto.secret.SecretScalar#destroy()}. */
    public void wipe() {
        Arrays.fill(limbs, 0);
    }

    private Scalar check(Scalar other) {
        if (other.field != field) {
            throw new IllegalArgumentException("scalars from different fields: " + field + " and " + other.field);
        }
        return other;
    }

    /** Value equality, compared without branching on the limbs. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Scalar other
                && other.field == field
                && MontgomeryArithmetic.equalMask(limbs, other.limbs) != 0;
    }

    @Override
    public int hashCode() {
        int hash = field.name().hashCode();
        for (long limb : limbs) {
            hash = 31 * hash + Long.hashCode(limb);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Scalar[" + field.name() + ", <redacted>]";
    }
}
