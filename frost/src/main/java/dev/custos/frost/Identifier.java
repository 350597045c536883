package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;

/**
 * A participant identifier: a non-zero scalar of the ciphersuite's field (RFC 9591 §3.1). Identifiers are public,
 * ordered by their integer value, and serialized as canonical scalars.
 */
public record Identifier(Scalar value) implements Comparable<Identifier> {
    /** The largest identifier {@link #of(Ciphersuite, int)} accepts (ZF FROST uses a u16). */
    public static final int MAX_INTEGER = 65535;

    public Identifier {
        requireNonNull(value, "value is null");
        if (value.isZero()) {
            throw new IllegalArgumentException("identifier must not be zero");
        }
    }

    /** The identifier with integer value {@code value}, which must be in {@code [1, 65535]}. */
    public static Identifier of(Ciphersuite suite, int value) {
        requireNonNull(suite, "suite is null");
        if (value < 1 || value > MAX_INTEGER) {
            throw new IllegalArgumentException("identifier must be in [1, " + MAX_INTEGER + "], got " + value);
        }
        return new Identifier(suite.scalarField().of(value));
    }

    /**
     * Derives an identifier from arbitrary bytes (e.g. a node name) with the ciphersuite's HID hash, as ZF FROST's
     * {@code Identifier::derive}.
     */
    public static Identifier derive(Ciphersuite suite, byte[] input) {
        requireNonNull(suite, "suite is null");
        requireNonNull(input, "input is null");
        Scalar scalar = suite.hid(input);
        if (scalar.isZero()) {
            throw new IllegalArgumentException("derived identifier is zero");
        }
        return new Identifier(scalar);
    }

    /** Decodes a canonical, non-zero scalar encoding. */
    public static Identifier decode(Ciphersuite suite, byte[] encoding) throws InvalidEncodingException {
        requireNonNull(suite, "suite is null");
        Scalar scalar = suite.scalarField().decode(encoding);
        if (scalar.isZero()) {
            throw new InvalidEncodingException("identifier must not be zero");
        }
        return new Identifier(scalar);
    }

    /** The canonical scalar encoding (RFC 9591 SerializeScalar). */
    public byte[] encode() {
        return value.toBytes();
    }

    @Override
    public int compareTo(Identifier other) {
        return value.toBigInteger().compareTo(other.value.toBigInteger());
    }

    @Override
    public String toString() {
        return "Identifier[" + value.toBigInteger() + "]";
    }
}
