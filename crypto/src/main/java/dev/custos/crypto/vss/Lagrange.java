package dev.custos.crypto.vss;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lagrange interpolation over a scalar field. The identifiers {@code x_j} and the evaluation point are public (they are
 * participant identifiers), so the per-coefficient inversion uses the faster variable-time algorithm; the values
 * interpolated by {@link #interpolateAtZero} may be secret and are only combined with constant-time arithmetic.
 *
 * <p>Identifiers must be non-zero (zero is where the secret lives) and distinct; violations throw
 * {@link IllegalArgumentException} naming the problem.
 */
public final class Lagrange {
    private Lagrange() {}

    /** {@code lambda_i(0) = prod_{j != i} x_j / (x_j - x_i)}, the coefficient of share {@code xi} at zero. */
    public static Scalar coefficientAtZero(Scalar xi, Collection<Scalar> xs) {
        Objects.requireNonNull(xi, "xi is null");
        return coefficientAt(xi.field().zero(), xi, xs);
    }

    /** {@code lambda_i(point) = prod_{j != i} (point - x_j) / (x_i - x_j)}. */
    public static Scalar coefficientAt(Scalar point, Scalar xi, Collection<Scalar> xs) {
        Objects.requireNonNull(point, "point is null");
        Objects.requireNonNull(xi, "xi is null");
        List<Scalar> identifiers = validate(xi.field(), xs);
        requireSameField(point, xi.field(), "point");
        if (!identifiers.contains(xi)) {
            throw new IllegalArgumentException("xi is not among the identifiers xs");
        }
        ScalarField field = xi.field();
        Scalar numerator = field.one();
        Scalar denominator = field.one();
        for (Scalar xj : identifiers) {
            if (xj.equals(xi)) {
                continue;
            }
            numerator = numerator.multiply(point.subtract(xj));
            denominator = denominator.multiply(xi.subtract(xj));
        }
        return numerator.multiply(denominator.invertVariableTime());
    }

    /** {@code f(0)} for the polynomial of degree {@code < points.size()} through {@code (x, y)} for every entry. */
    public static Scalar interpolateAtZero(Map<Scalar, Scalar> points) {
        Objects.requireNonNull(points, "points is null");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("points is empty");
        }
        ScalarField field = points.keySet().iterator().next().field();
        return interpolateAt(field.zero(), points);
    }

    /**
     * {@code f(point)} for the polynomial of degree {@code < points.size()} through {@code (x, y)} for every entry, with a
     * single field inversion for all coefficients (Montgomery's trick).
     */
    public static Scalar interpolateAt(Scalar point, Map<Scalar, Scalar> points) {
        Objects.requireNonNull(point, "point is null");
        Objects.requireNonNull(points, "points is null");
        ScalarField field = point.field();
        List<Scalar> identifiers = validate(field, points.keySet());
        List<Scalar> numerators = new ArrayList<>(identifiers.size());
        List<Scalar> denominators = new ArrayList<>(identifiers.size());
        for (Scalar xi : identifiers) {
            Scalar numerator = field.one();
            Scalar denominator = field.one();
            for (Scalar xj : identifiers) {
                if (!xj.equals(xi)) {
                    numerator = numerator.multiply(point.subtract(xj));
                    denominator = denominator.multiply(xi.subtract(xj));
                }
            }
            numerators.add(numerator);
            denominators.add(denominator);
        }
        List<Scalar> inverses = field.invertAll(denominators);
        Scalar sum = field.zero();
        for (int i = 0; i < identifiers.size(); i++) {
            Scalar y = Objects.requireNonNull(points.get(identifiers.get(i)), "value at identifier " + i + " is null");
            requireSameField(y, field, "value " + i);
            Scalar term = numerators.get(i).multiply(inverses.get(i)).multiply(y);
            Scalar next = sum.add(term);
            term.wipe();
            sum.wipe();
            sum = next;
        }
        return sum;
    }

    /** The identifiers as a list, after checking: non-empty, no nulls, same field, non-zero, distinct. */
    private static List<Scalar> validate(ScalarField field, Collection<Scalar> xs) {
        Objects.requireNonNull(xs, "xs is null");
        if (xs.isEmpty()) {
            throw new IllegalArgumentException("xs is empty");
        }
        List<Scalar> identifiers = new ArrayList<>(xs.size());
        Set<Scalar> seen = new HashSet<>();
        int index = 0;
        for (Scalar x : xs) {
            Objects.requireNonNull(x, "identifier " + index + " is null");
            requireSameField(x, field, "identifier " + index);
            if (x.isZero()) {
                throw new IllegalArgumentException("identifier " + index + " is zero");
            }
            if (!seen.add(x)) {
                throw new IllegalArgumentException(
                        "identifier " + index + " is a duplicate (" + x.toBigInteger() + ")");
            }
            identifiers.add(x);
            index++;
        }
        return identifiers;
    }

    private static void requireSameField(Scalar scalar, ScalarField field, String what) {
        if (scalar.field() != field) {
            throw new IllegalArgumentException(what + " is from " + scalar.field() + ", expected " + field);
        }
    }
}
