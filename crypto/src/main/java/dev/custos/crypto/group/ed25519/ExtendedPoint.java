package dev.custos.crypto.group.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * A point of edwards25519 (-x^2 + y^2 = 1 + d x^2 y^2) in extended twisted Edwards coordinates (Hisil, Wong, Carter,
 * Dawson 2008): x = X/Z, y = Y/Z and T = XY/Z.
 *
 * <p>Mutable working storage for the arithmetic in this package. {@link Ed25519Element} wraps an instance that is never
 * modified again.
 */
final class ExtendedPoint {
    final int[] x = X25519Field.create();
    final int[] y = X25519Field.create();
    final int[] z = X25519Field.create();
    final int[] t = X25519Field.create();

    static ExtendedPoint identity() {
        ExtendedPoint identity = new ExtendedPoint();
        X25519Field.one(identity.y);
        X25519Field.one(identity.z);
        return identity;
    }

    /** The point with affine coordinates (x, y); the arrays are copied. */
    static ExtendedPoint fromAffine(int[] affineX, int[] affineY) {
        ExtendedPoint point = new ExtendedPoint();
        Field25519.copy(affineX, point.x);
        Field25519.copy(affineY, point.y);
        X25519Field.one(point.z);
        X25519Field.mul(affineX, affineY, point.t);
        return point;
    }

    ExtendedPoint copy() {
        ExtendedPoint copy = new ExtendedPoint();
        copy.set(this);
        return copy;
    }

    void set(ExtendedPoint other) {
        Field25519.copy(other.x, x);
        Field25519.copy(other.y, y);
        Field25519.copy(other.z, z);
        Field25519.copy(other.t, t);
    }

    /** -(x, y) = (-x, y). */
    ExtendedPoint negate() {
        ExtendedPoint negated = copy();
        X25519Field.negate(negated.x, negated.x);
        X25519Field.negate(negated.t, negated.t);
        return negated;
    }

    /** The identity is the only point with x = 0 and y = 1 (the other point with x = 0, (0, -1), has y = -1). */
    @SuppressWarnings("ShortCircuitBoolean") // constant time: both comparisons always run, no branch on secrets
    boolean isIdentity() {
        return Field25519.isZero(x) & Field25519.areEqual(y, z);
    }

    /** Projective equality: X1 Z2 = X2 Z1 and Y1 Z2 = Y2 Z1. */
    @SuppressWarnings("ShortCircuitBoolean") // constant time: both comparisons always run, no branch on secrets
    boolean sameAs(ExtendedPoint other) {
        int[] left = X25519Field.create();
        int[] right = X25519Field.create();
        X25519Field.mul(x, other.z, left);
        X25519Field.mul(other.x, z, right);
        boolean sameX = Field25519.areEqual(left, right);
        X25519Field.mul(y, other.z, left);
        X25519Field.mul(other.y, z, right);
        boolean sameY = Field25519.areEqual(left, right);
        return sameX & sameY;
    }

    /** {@code this + other}, as a new point. */
    ExtendedPoint plus(ExtendedPoint other) {
        CompletedPoint sum = new CompletedPoint();
        sum.setSum(this, CachedPoint.from(other));
        ExtendedPoint result = new ExtendedPoint();
        sum.toExtended(result);
        return result;
    }

    /** {@code 2 * this}, as a new point. */
    ExtendedPoint doubled() {
        CompletedPoint twice = new CompletedPoint();
        twice.setDouble(this);
        ExtendedPoint result = new ExtendedPoint();
        twice.toExtended(result);
        return result;
    }

    /** {@code 2^count * this}, replacing this point. Constant-time for a fixed {@code count}. */
    void doubleRepeatedly(int count, CompletedPoint scratch) {
        for (int i = 0; i < count; i++) {
            scratch.setDouble(this);
            if (i + 1 < count) {
                scratch.toProjective(this);
            } else {
                scratch.toExtended(this);
            }
        }
    }
}
