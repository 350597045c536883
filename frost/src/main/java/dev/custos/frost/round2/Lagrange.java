package dev.custos.frost.round2;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Identifier;
import java.util.Collection;

/** Lagrange interpolation at zero over a set of identifiers (RFC 9591 §4.2 {@code derive_interpolating_value}). */
final class Lagrange {
    private Lagrange() {}

    /** {@code prod_{j != i} x_j / (x_j - x_i)}; {@code identifiers} must contain {@code identifier} and be distinct. */
    static Scalar coefficientAtZero(Identifier identifier, Collection<Identifier> identifiers) {
        Scalar xi = identifier.value();
        Scalar numerator = xi.field().one();
        Scalar denominator = xi.field().one();
        boolean found = false;
        for (Identifier other : identifiers) {
            if (other.equals(identifier)) {
                found = true;
                continue;
            }
            Scalar xj = other.value();
            numerator = numerator.multiply(xj);
            denominator = denominator.multiply(xj.subtract(xi));
        }
        if (!found) {
            throw new IllegalArgumentException(identifier + " is not in the signer set");
        }
        // Identifiers are public, so the coefficient is public too: a variable-time inversion is safe and about 3x
        // faster.
        return numerator.multiply(denominator.invertVariableTime());
    }
}
