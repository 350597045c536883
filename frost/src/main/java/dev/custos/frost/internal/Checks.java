package dev.custos.frost.internal;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;

/** Argument checks shared by the FROST value types. Not part of the public API. */
public final class Checks {
    private Checks() {}

    /** Requires a non-null, non-identity element of the suite's group. */
    public static Element requireElement(Ciphersuite suite, Element element, String name) {
        requireNonNull(element, name + " is null");
        if (!element.group().equals(suite.group())) {
            throw new IllegalArgumentException(name + " is not an element of the " + suite.name() + " group");
        }
        if (element.isIdentity()) {
            throw new IllegalArgumentException(name + " must not be the identity");
        }
        return element;
    }

    /** Requires a non-null scalar of the suite's field. */
    public static Scalar requireScalar(Ciphersuite suite, Scalar scalar, String name) {
        requireNonNull(scalar, name + " is null");
        if (scalar.field() != suite.scalarField()) {
            throw new IllegalArgumentException(name + " is not a scalar of the " + suite.name() + " field");
        }
        return scalar;
    }
}
