package dev.custos.crypto.group.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * A precomputed addend with Z = 1: (y + x, y - x, 2dxy). Adding it costs one multiplication less than a {@link
 * CachedPoint}; the fixed-base table of the generator holds points in this form.
 */
final class AffineCachedPoint {
    final int[] yPlusX = X25519Field.create();
    final int[] yMinusX = X25519Field.create();
    final int[] twiceDXY = X25519Field.create();

    /** The normalized form of {@code point}; variable time (for public precomputation only). */
    static AffineCachedPoint from(ExtendedPoint point) {
        int[] inverseZ = X25519Field.create();
        X25519Field.invVar(point.z, inverseZ);
        int[] affineX = X25519Field.create();
        int[] affineY = X25519Field.create();
        X25519Field.mul(point.x, inverseZ, affineX);
        X25519Field.mul(point.y, inverseZ, affineY);
        AffineCachedPoint result = new AffineCachedPoint();
        X25519Field.apm(affineY, affineX, result.yPlusX, result.yMinusX);
        X25519Field.mul(affineX, affineY, result.twiceDXY);
        X25519Field.mul(result.twiceDXY, Field25519.TWICE_D, result.twiceDXY);
        X25519Field.normalize(result.yPlusX);
        X25519Field.normalize(result.yMinusX);
        X25519Field.normalize(result.twiceDXY);
        return result;
    }

    /** Sets this to the identity (1, 1, 0). */
    void setIdentity() {
        X25519Field.one(yPlusX);
        X25519Field.one(yMinusX);
        X25519Field.zero(twiceDXY);
    }

    /** Negates this point when {@code negate} is 1 and leaves it when 0, without branching. */
    void conditionalNegate(int negate) {
        X25519Field.cswap(negate, yPlusX, yMinusX);
        X25519Field.cnegate(negate, twiceDXY);
    }
}
