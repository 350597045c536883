package dev.custos.frost.internal;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;

/**
 * Argument checks shared by the FROST value types. Not part of the public API. They take the suite's group, field
 * and name rather than the suite, so that this package does not depend on the root package that uses it.
 */
public final class Checks {
    private Checks() {}

    /** Requires a non-null, non-identity element of {@code group}, the group of the suite named {@code suiteName}. */
    public static Element requireElement(Group group, String suiteName, Element element, String name) {
        requireNonNull(element, name + " is null");
        if (!element.group().equals(group)) {
            throw new IllegalArgumentException(name + " is not an element of the " + suiteName + " group");
        }
        if (element.isIdentity()) {
            throw new IllegalArgumentException(name + " must not be the identity");
        }
        return element;
    }

    /** Requires a non-null scalar of {@code field}, the scalar field of the suite named {@code suiteName}. */
    public static Scalar requireScalar(ScalarField field, String suiteName, Scalar scalar, String name) {
        requireNonNull(scalar, name + " is null");
        if (scalar.field() != field) {
            throw new IllegalArgumentException(name + " is not a scalar of the " + suiteName + " field");
        }
        return scalar;
    }
}
