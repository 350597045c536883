package dev.custos.crypto.group.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The result of an addition or doubling before the final multiplications, ((X : Z), (Y : T)) with x = X/Z and y = Y/T.
 * Converting to extended coordinates costs four multiplications, to projective (X : Y : Z) three; a chain of doublings
 * only needs the latter.
 *
 * <p>The formulas are add-2008-hwcd-3 and dbl-2008-hwcd (Hisil, Wong, Carter, Dawson 2008) for a = -1. Both are complete
 * on edwards25519 (d is not a square), so they need no special cases for the identity or for equal inputs.
 */
final class CompletedPoint {
    final int[] x = X25519Field.create();
    final int[] y = X25519Field.create();
    final int[] z = X25519Field.create();
    final int[] t = X25519Field.create();
    private final int[] scratch = X25519Field.create();

    /** this = p + q. */
    void setSum(ExtendedPoint p, CachedPoint q) {
        combine(p, q.yMinusX, q.yPlusX, q.twiceDT);
        X25519Field.mul(p.z, q.twiceZ, z);
        X25519Field.apm(z, t, z, t);
    }

    /** this = p - q. */
    void setDifference(ExtendedPoint p, CachedPoint q) {
        combine(p, q.yPlusX, q.yMinusX, q.twiceDT);
        X25519Field.mul(p.z, q.twiceZ, z);
        X25519Field.apm(z, t, t, z);
    }

    /** this = p + q for a precomputed affine q. */
    void setSum(ExtendedPoint p, AffineCachedPoint q) {
        combine(p, q.yMinusX, q.yPlusX, q.twiceDXY);
        X25519Field.add(p.z, p.z, z);
        X25519Field.carry(z);
        X25519Field.apm(z, t, z, t);
    }

    /**
     * Sets x = B - A, y = B + A and t = C, where A = (Y1 - X1) * forYMinusX, B = (Y1 + X1) * forYPlusX and C = T1 *
     * forT. The caller then sets z = D + C and t = D - C for D = 2 Z1 Z2.
     */
    private void combine(ExtendedPoint p, int[] forYMinusX, int[] forYPlusX, int[] forT) {
        X25519Field.apm(p.y, p.x, y, x);
        X25519Field.mul(x, forYMinusX, x);
        X25519Field.mul(y, forYPlusX, y);
        X25519Field.mul(p.t, forT, t);
        X25519Field.apm(y, x, y, x);
    }

    /** this = 2p; reads only X, Y and Z of {@code p}, so {@code p} may be in projective form. */
    void setDouble(ExtendedPoint p) {
        X25519Field.sqr(p.x, x); // A = X^2
        X25519Field.sqr(p.y, z); // B = Y^2
        X25519Field.sqr(p.z, t); // Z^2
        X25519Field.add(p.x, p.y, scratch);
        X25519Field.sqr(scratch, scratch); // (X + Y)^2
        X25519Field.apm(z, x, y, z); // y = A + B, z = G = B - A
        X25519Field.sub(scratch, y, x); // E = (X + Y)^2 - A - B
        X25519Field.carry(x);
        X25519Field.add(t, t, t); // C = 2 Z^2
        X25519Field.sub(z, t, t); // F = G - C
        X25519Field.carry(t);
        X25519Field.negate(y, y); // H = -A - B
    }

    /** Writes X Y Z T of the extended form into {@code out}. */
    void toExtended(ExtendedPoint out) {
        X25519Field.mul(x, t, out.x);
        X25519Field.mul(y, z, out.y);
        X25519Field.mul(z, t, out.z);
        X25519Field.mul(x, y, out.t);
    }

    /** Writes only X Y Z into {@code out}; its T is left stale, good for a following doubling only. */
    void toProjective(ExtendedPoint out) {
        X25519Field.mul(x, t, out.x);
        X25519Field.mul(y, z, out.y);
        X25519Field.mul(z, t, out.z);
    }
}
