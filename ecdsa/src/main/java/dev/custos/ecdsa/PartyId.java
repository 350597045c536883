package dev.custos.ecdsa;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;

/**
 * The public identifier of a party: an integer in [1, 65535], used as its Shamir evaluation point. Small enough to be
 * non-zero and distinct modulo q.
 */
public record PartyId(int value) implements Comparable<PartyId> {
    public static final int MAX = 0xFFFF;

    public PartyId {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("party id must be in [1, " + MAX + "], got " + value);
        }
    }

    public static PartyId of(int value) {
        return new PartyId(value);
    }

    /** The evaluation point of this party's Shamir share. */
    public Scalar scalar() {
        return ScalarField.SECP256K1.of(value);
    }

    @Override
    public int compareTo(PartyId other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "party " + value;
    }
}
