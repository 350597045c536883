package dev.custos.crypto.group;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.util.List;

/**
 * A cyclic group of prime order q with a fixed generator, as used by RFC 9591 ("Group" in §3.1).
 *
 * <p>Implementations are immutable and thread-safe. {@link #decode(byte[])} is strict: it accepts only the canonical
 * encoding of a non-identity element of the prime-order subgroup, so every element received from a peer must pass through
 * it.
 */
public interface Group {
    /** A short, stable name, e.g. {@code secp256k1} or {@code edwards25519}. */
    String name();

    /** The field of scalars modulo the group order q. */
    ScalarField scalarField();

    Element identity();

    Element generator();

    /**
     * {@code k * G} in time independent of {@code k} (apart from an early return when it is zero): safe for secret
     * scalars. Implementations may use a precomputed table for the fixed base.
     */
    Element multiplyGenerator(Scalar k);

    /** Length in bytes of {@link Element#encode()}. */
    int elementLength();

    /**
     * Decodes a canonical element encoding. Rejects wrong lengths, non-canonical encodings, points not on the curve, the
     * identity and (where the curve has a cofactor) points outside the prime-order subgroup.
     */
    Element decode(byte[] encoding) throws InvalidEncodingException;

    /**
     * {@code sum(scalars[i] * elements[i])} for <b>public</b> scalars and elements only (verification equations, Feldman
     * commitments): may run in variable time, like {@link Element#multiplyPublic(Scalar)}. Implementations may share
     * doublings across terms.
     */
    default Element multiScalarMultiply(List<Scalar> scalars, List<? extends Element> elements) {
        if (scalars.size() != elements.size()) {
            throw new IllegalArgumentException(
                    "scalars and elements differ in count: " + scalars.size() + " != " + elements.size());
        }
        Element sum = identity();
        for (int i = 0; i < scalars.size(); i++) {
            sum = sum.add(elements.get(i).multiplyPublic(scalars.get(i)));
        }
        return sum;
    }
}
