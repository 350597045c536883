package dev.custos.crypto.group.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The second operand of an addition, prepared once: (Y + X, Y - X, 2Z, 2dT). Negation swaps the first two and negates
 * the last, which makes a conditional negation constant-time.
 */
final class CachedPoint {
    final int[] yPlusX = X25519Field.create();
    final int[] yMinusX = X25519Field.create();
    final int[] twiceZ = X25519Field.create();
    final int[] twiceDT = X25519Field.create();

    static CachedPoint from(ExtendedPoint point) {
        CachedPoint cached = new CachedPoint();
        cached.set(point);
        return cached;
    }

    void set(ExtendedPoint point) {
        X25519Field.apm(point.y, point.x, yPlusX, yMinusX);
        X25519Field.add(point.z, point.z, twiceZ);
        X25519Field.mul(point.t, Field25519.TWICE_D, twiceDT);
        X25519Field.carry(yPlusX);
        X25519Field.carry(yMinusX);
        X25519Field.carry(twiceZ);
    }

    /** Sets this to the cached form of the identity: (1, 1, 2, 0). */
    void setIdentity() {
        X25519Field.one(yPlusX);
        X25519Field.one(yMinusX);
        X25519Field.one(twiceZ);
        X25519Field.addOne(twiceZ);
        X25519Field.zero(twiceDT);
    }

    /** Negates this point when {@code negate} is 1 and leaves it when 0, without branching. */
    void conditionalNegate(int negate) {
        X25519Field.cswap(negate, yPlusX, yMinusX);
        X25519Field.cnegate(negate, twiceDT);
    }

    /**
     * A table of cached points stored coordinate by coordinate, so that a lookup can read every entry (constant time).
     */
    static final class Table {
        private final int size;
        private final int[] yPlusX;
        private final int[] yMinusX;
        private final int[] twiceZ;
        private final int[] twiceDT;

        Table(int size) {
            this.size = size;
            this.yPlusX = X25519Field.createTable(size);
            this.yMinusX = X25519Field.createTable(size);
            this.twiceZ = X25519Field.createTable(size);
            this.twiceDT = X25519Field.createTable(size);
        }

        void put(int index, CachedPoint point) {
            int offset = index * X25519Field.SIZE;
            X25519Field.copy(point.yPlusX, 0, yPlusX, offset);
            X25519Field.copy(point.yMinusX, 0, yMinusX, offset);
            X25519Field.copy(point.twiceZ, 0, twiceZ, offset);
            X25519Field.copy(point.twiceDT, 0, twiceDT, offset);
        }

        /** Copies entry {@code index} into {@code out} (variable time: the index must be public). */
        void get(int index, CachedPoint out) {
            int offset = index * X25519Field.SIZE;
            X25519Field.copy(yPlusX, offset, out.yPlusX, 0);
            X25519Field.copy(yMinusX, offset, out.yMinusX, 0);
            X25519Field.copy(twiceZ, offset, out.twiceZ, 0);
            X25519Field.copy(twiceDT, offset, out.twiceDT, 0);
        }

        /**
         * Sets {@code out} to {@code digit * P} for a table of (1P, ..., size P) and {@code |digit| <= size}, reading every
         * entry so that neither the memory access pattern nor the branches depend on {@code digit}.
         */
        void select(int digit, CachedPoint out) {
            int negative = digit >>> 31;
            int magnitude = (digit ^ -negative) + negative;
            out.setIdentity();
            for (int i = 0; i < size; i++) {
                int mask = ConstantTime.equalMask(magnitude, i + 1);
                int offset = i * X25519Field.SIZE;
                X25519Field.cmov(mask, yPlusX, offset, out.yPlusX, 0);
                X25519Field.cmov(mask, yMinusX, offset, out.yMinusX, 0);
                X25519Field.cmov(mask, twiceZ, offset, out.twiceZ, 0);
                X25519Field.cmov(mask, twiceDT, offset, out.twiceDT, 0);
            }
            out.conditionalNegate(negative);
        }
    }
}
