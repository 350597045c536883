package dev.custos.crypto.vss;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A secret polynomial {@code f(x) = a_0 + a_1 x + ... + a_{t-1} x^{t-1}} over a scalar field, the dealer's side of
 * Shamir sharing with threshold t. The coefficients are secret: {@link #destroy()} wipes them and any use afterwards
 * throws {@link IllegalStateException}; {@code toString} is redacted.
 */
public final class Polynomial implements Destroyable {
    private final ScalarField field;
    private final Scalar[] coefficients;
    private volatile boolean destroyed;

    private Polynomial(ScalarField field, Scalar[] coefficients) {
        this.field = field;
        this.coefficients = coefficients;
    }

    /** A polynomial with {@code threshold} uniformly random non-zero coefficients (degree exactly threshold - 1). */
    public static Polynomial random(ScalarField field, int threshold, SecureRandom random) {
        Objects.requireNonNull(field, "field is null");
        Objects.requireNonNull(random, "random is null");
        requirePositive(threshold);
        Scalar[] coefficients = new Scalar[threshold];
        for (int j = 0; j < threshold; j++) {
            coefficients[j] = field.randomNonZero(random);
        }
        return new Polynomial(field, coefficients);
    }

    /**
     * A polynomial with {@code f(0) = constant} and {@code threshold - 1} random non-zero higher coefficients. The
     * constant is copied: destroying the polynomial does not wipe the caller's scalar. A zero constant is allowed (share
     * refresh).
     */
    public static Polynomial withConstant(Scalar constant, int threshold, SecureRandom random) {
        Objects.requireNonNull(constant, "constant is null");
        Objects.requireNonNull(random, "random is null");
        requirePositive(threshold);
        ScalarField field = constant.field();
        Scalar[] coefficients = new Scalar[threshold];
        coefficients[0] = constant.add(field.zero());
        for (int j = 1; j < threshold; j++) {
            coefficients[j] = field.randomNonZero(random);
        }
        return new Polynomial(field, coefficients);
    }

    /**
     * The polynomial with exactly these coefficients {@code a_0 .. a_{t-1}} (copied; destroying the polynomial does not
     * wipe the caller's scalars). For known-answer tests and imported polynomials; use {@link #random} or {@link
     * #withConstant} to deal.
     */
    public static Polynomial of(List<Scalar> coefficients) {
        Objects.requireNonNull(coefficients, "coefficients is null");
        requirePositive(coefficients.size());
        ScalarField field = Objects.requireNonNull(coefficients.getFirst(), "coefficient 0 is null")
                .field();
        Scalar[] copy = new Scalar[coefficients.size()];
        for (int j = 0; j < copy.length; j++) {
            Scalar coefficient = Objects.requireNonNull(coefficients.get(j), "coefficient " + j + " is null");
            if (coefficient.field() != field) {
                throw new IllegalArgumentException(
                        "coefficient " + j + " is from " + coefficient.field() + ", not " + field);
            }
            copy[j] = coefficient.add(field.zero());
        }
        return new Polynomial(field, copy);
    }

    private static void requirePositive(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, got " + threshold);
        }
    }

    /** The number of coefficients t (degree + 1), i.e. how many evaluations determine the polynomial. */
    public int threshold() {
        return coefficients.length;
    }

    public ScalarField field() {
        return field;
    }

    /** The secret {@code a_0 = f(0)}, owned by this polynomial (wiped by {@link #destroy()}). */
    public Scalar constantTerm() {
        requireLive();
        return coefficients[0];
    }

    /** {@code f(x)} by Horner's rule. Evaluating at zero yields the secret itself; share identifiers must be non-zero. */
    public Scalar evaluate(Scalar x) {
        Objects.requireNonNull(x, "x is null");
        requireLive();
        if (x.field() != field) {
            throw new IllegalArgumentException("x is from " + x.field() + ", polynomial is over " + field);
        }
        Scalar result = coefficients[coefficients.length - 1].add(field.zero()); // a copy we may wipe
        for (int j = coefficients.length - 2; j >= 0; j--) {
            Scalar product = result.multiply(x);
            result.wipe();
            result = product.add(coefficients[j]);
            product.wipe();
        }
        return result;
    }

    /** The Feldman commitment {@code C_j = a_j * G} to every coefficient. */
    public FeldmanCommitment commit(Group group) {
        Objects.requireNonNull(group, "group is null");
        requireLive();
        if (group.scalarField() != field) {
            throw new IllegalArgumentException("group " + group.name() + " has scalar field " + group.scalarField()
                    + ", polynomial is over " + field);
        }
        List<Element> commitments = new ArrayList<>(coefficients.length);
        for (Scalar coefficient : coefficients) {
            commitments.add(group.multiplyGenerator(coefficient));
        }
        return new FeldmanCommitment(commitments);
    }

    /** Wipes every coefficient. Idempotent. */
    @Override
    public void destroy() {
        for (Scalar coefficient : coefficients) {
            coefficient.wipe();
        }
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void requireLive() {
        if (destroyed) {
            throw new IllegalStateException("destroyed");
        }
    }

    @Override
    public String toString() {
        return "Polynomial[threshold=" + coefficients.length + ", <redacted>]";
    }
}
