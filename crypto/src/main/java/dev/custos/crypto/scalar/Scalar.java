package dev.custos.crypto.scalar;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An integer modulo the prime order q of a group. Immutable; arithmetic returns new scalars.
 *
 * <p>A scalar may be secret (a share, a nonce): {@link #toString()} never prints the value. Long-lived secrets are held in
 * {@link dev.custos.crypto.secret.SecretScalar}, which can be destroyed.
 */
public final class Scalar {
    private final ScalarField field;
    private BigInteger value;

    private Scalar(ScalarField field, BigInteger value) {
        this.field = field;
        this.value = value;
    }

    static Scalar of(ScalarField field, BigInteger reducedValue) {
        return new Scalar(field, reducedValue);
    }

    public ScalarField field() {
        return field;
    }

    public Scalar add(Scalar other) {
        return new Scalar(field, value.add(check(other).value).mod(field.order()));
    }

    public Scalar subtract(Scalar other) {
        return new Scalar(field, value.subtract(check(other).value).mod(field.order()));
    }

    public Scalar multiply(Scalar other) {
        return new Scalar(field, value.multiply(check(other).value).mod(field.order()));
    }

    public Scalar negate() {
        return new Scalar(field, value.negate().mod(field.order()));
    }

    /** The multiplicative inverse; throws {@link ArithmeticException} for zero. */
    public Scalar invert() {
        if (isZero()) {
            throw new ArithmeticException("zero has no inverse");
        }
        return new Scalar(field, value.modInverse(field.order()));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** The canonical 32-byte encoding in the field's byte order. */
    public byte[] toBytes() {
        byte[] out = new byte[ScalarField.BYTE_LENGTH];
        byte[] raw = value.toByteArray();
        int copy = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
        if (field.byteOrder() == java.nio.ByteOrder.LITTLE_ENDIAN) {
            ScalarField.reverse(out);
        }
        return out;
    }

    /** The value as a non-negative integer; for public scalars only (identifiers, test vectors). */
    public BigInteger toBigInteger() {
        return value;
    }

    /** Overwrites the value with zero; used by {@link dev.custos.crypto.secret.SecretScalar#destroy()}. */
    public void wipe() {
        value = BigInteger.ZERO;
    }

    private Scalar check(Scalar other) {
        if (other.field != field) {
            throw new IllegalArgumentException("scalars from different fields: " + field + " and " + other.field);
        }
        return other;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scalar other && other.field == field && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field.name(), value);
    }

    @Override
    public String toString() {
        return "Scalar[" + field.name() + ", <redacted>]";
    }
}
