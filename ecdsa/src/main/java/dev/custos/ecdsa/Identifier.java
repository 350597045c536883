package dev.custos.ecdsa;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;

/**
 * A participant identifier (the same concept and name as {@code dev.custos.frost.Identifier}, RFC 9591 §3.1): a public
 * integer in [1, 65535], used as the participant's Shamir evaluation point. Small enough to be non-zero and distinct
 * modulo q. Encoded as a 4-byte big-endian integer.
 */
public record Identifier(int value) implements Comparable<Identifier> {
    /** The largest identifier (as frost's {@code Identifier.MAX_INTEGER}). */
    public static final int MAX_INTEGER = 0xFFFF;

    public Identifier {
        if (value < 1 || value > MAX_INTEGER) {
            throw new IllegalArgumentException("identifier must be in [1, " + MAX_INTEGER + "], got " + value);
        }
    }

    public static Identifier of(int value) {
        return new Identifier(value);
    }

    /** The evaluation point of this party's Shamir share. */
    public Scalar scalar() {
        return ScalarField.SECP256K1.of(value);
    }

    @Override
    public int compareTo(Identifier other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "party " + value;
    }
}
