package dev.custos.crypto.vss;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Feldman commitment {@code C_j = a_j * G} to the coefficients of a sharing polynomial; public. The number of
 * coefficients is the threshold t.
 *
 * <p>The identity is allowed anywhere, because a refresh polynomial has {@code a_0 = 0} and so {@code C_0} is the
 * identity; protocols that need a non-trivial constant call {@link #requireNonIdentityConstant()}.
 *
 * @param coefficients {@code C_0 .. C_{t-1}}, all from the same group
 */
public record FeldmanCommitment(List<Element> coefficients) {
    public FeldmanCommitment {
        Objects.requireNonNull(coefficients, "coefficients is null");
        if (coefficients.isEmpty()) {
            throw new IllegalArgumentException("coefficients is empty");
        }
        for (int j = 0; j < coefficients.size(); j++) {
            Objects.requireNonNull(coefficients.get(j), "coefficient " + j + " is null");
        }
        coefficients = List.copyOf(coefficients);
        Group group = coefficients.getFirst().group();
        for (int j = 1; j < coefficients.size(); j++) {
            Group other = coefficients.get(j).group();
            if (!group.equals(other)) {
                throw new IllegalArgumentException(
                        "coefficient " + j + " is in group " + other.name() + ", coefficient 0 in " + group.name());
            }
        }
    }

    /**
     * Decodes a commitment received from a peer: every coefficient must be a canonical, non-identity element of
     * {@code group} (see {@link Group#decode}).
     *
     * @throws InvalidEncodingException naming the first bad coefficient
     */
    public static FeldmanCommitment decode(Group group, List<byte[]> encodings) throws InvalidEncodingException {
        Objects.requireNonNull(group, "group is null");
        Objects.requireNonNull(encodings, "encodings is null");
        if (encodings.isEmpty()) {
            throw new InvalidEncodingException("commitment has no coefficients");
        }
        List<Element> elements = new ArrayList<>(encodings.size());
        for (int j = 0; j < encodings.size(); j++) {
            try {
                elements.add(group.decode(encodings.get(j)));
            } catch (InvalidEncodingException e) {
                throw new InvalidEncodingException("commitment coefficient " + j + ": " + e.getMessage());
            }
        }
        return new FeldmanCommitment(elements);
    }

    public Group group() {
        return coefficients.getFirst().group();
    }

    /** {@code C_0 = a_0 * G}, the commitment to the shared secret (a public key share in a DKG). */
    public Element constantTerm() {
        return coefficients.getFirst();
    }

    public int threshold() {
        return coefficients.size();
    }

    /**
     * Returns this commitment, or throws if {@code C_0} is the identity.
     *
     * @throws IllegalArgumentException if the constant term is the identity
     */
    public FeldmanCommitment requireNonIdentityConstant() {
        if (constantTerm().isIdentity()) {
            throw new IllegalArgumentException("commitment constant term is the identity");
        }
        return this;
    }

    /** {@code f(x) * G = sum_j x^j C_j}, the public image of the share at identifier {@code x}. */
    public Element evaluate(Scalar x) {
        Objects.requireNonNull(x, "x is null");
        Group group = group();
        if (x.field() != group.scalarField()) {
            throw new IllegalArgumentException("x is from " + x.field() + ", commitment is in group " + group.name());
        }
        List<Scalar> powers = new ArrayList<>(coefficients.size());
        Scalar power = x.field().one();
        for (int j = 0; j < coefficients.size(); j++) {
            powers.add(power);
            power = power.multiply(x);
        }
        return group.multiScalarMultiply(powers, coefficients);
    }

    /** Whether {@code share * G == evaluate(x)}, i.e. the share at identifier {@code x} is consistent with this commitment. */
    public boolean verifyShare(Scalar x, Scalar share) {
        Objects.requireNonNull(share, "share is null");
        Element expected = evaluate(x);
        return group().multiplyGenerator(share).equals(expected);
    }

    /**
     * The coefficient-wise sum, a commitment to the sum of the two polynomials (DKG aggregation, refresh).
     *
     * @throws IllegalArgumentException if the thresholds or groups differ
     */
    public FeldmanCommitment add(FeldmanCommitment other) {
        Objects.requireNonNull(other, "other is null");
        if (other.threshold() != threshold()) {
            throw new IllegalArgumentException(
                    "commitments differ in threshold: " + threshold() + " != " + other.threshold());
        }
        if (!other.group().equals(group())) {
            throw new IllegalArgumentException("commitments are in different groups: " + group().name() + " and "
                    + other.group().name());
        }
        List<Element> sum = new ArrayList<>(coefficients.size());
        for (int j = 0; j < coefficients.size(); j++) {
            sum.add(coefficients.get(j).add(other.coefficients.get(j)));
        }
        return new FeldmanCommitment(sum);
    }

    /**
     * The canonical encodings of {@code C_0 .. C_{t-1}}.
     *
     * @throws IllegalStateException if a coefficient is the identity, which has no canonical encoding
     */
    public List<byte[]> encode() {
        List<byte[]> encodings = new ArrayList<>(coefficients.size());
        for (int j = 0; j < coefficients.size(); j++) {
            Element coefficient = coefficients.get(j);
            if (coefficient.isIdentity()) {
                throw new IllegalStateException("commitment coefficient " + j + " is the identity and has no encoding");
            }
            encodings.add(coefficient.encode());
        }
        return List.copyOf(encodings);
    }
}
