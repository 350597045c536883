package dev.custos.frost.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.VerifyingKey;
import dev.custos.frost.internal.Checks;
import java.util.List;

/**
 * Feldman commitment {@code [a_0 * G, ..., a_{t-1} * G]} to the coefficients of a secret sharing polynomial; the first
 * element is the group public key. Every coefficient commitment must be a non-identity group element.
 */
public record VerifiableSecretSharingCommitment(Ciphersuite suite, List<Element> coefficients) {
    public VerifiableSecretSharingCommitment {
        requireNonNull(suite, "suite is null");
        coefficients = List.copyOf(requireNonNull(coefficients, "coefficients is null"));
        if (coefficients.isEmpty()) {
            throw new IllegalArgumentException("coefficients must not be empty");
        }
        for (int i = 0; i < coefficients.size(); i++) {
            Checks.requireElement(suite.group(), suite.name(), coefficients.get(i), "coefficients[" + i + "]");
        }
    }

    /** The threshold {@code t} this commitment encodes (its number of coefficients). */
    public int minSigners() {
        return coefficients.size();
    }

    /** The committed group public key {@code a_0 * G}. */
    public VerifyingKey verifyingKey() {
        return new VerifyingKey(suite, coefficients.getFirst());
    }

    /**
     * The committed value at {@code identifier}: {@code sum_j C_j * x^j}, i.e. the expected verifying share {@code f(x) *
     * G} of that participant (one multi-scalar multiplication over public values).
     */
    public Element evaluate(Identifier identifier) {
        requireNonNull(identifier, "identifier is null");
        Scalar x = Checks.requireScalar(suite.scalarField(), suite.name(), identifier.value(), "identifier");
        return new FeldmanCommitment(coefficients).evaluate(x);
    }

    /** The expected verifying share of {@code identifier}; see {@link #evaluate(Identifier)}. */
    public VerifyingShare verifyingShare(Identifier identifier) {
        return new VerifyingShare(suite, evaluate(identifier));
    }
}
