package dev.custos.crypto.group.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Fixed-base multiplication of the generator B with 32 precomputed tables: table i holds j * 256^i * B for j = 1..8
 * (affine, 256 points, about 30 KiB).
 *
 * <p>With the scalar in signed radix 16, k = sum e_i 16^i with e_i in [-8, 8], the product is computed as 16 * (sum over
 * odd i of e_i 16^(i-1) B) + (sum over even i of e_i 16^i B): 64 mixed additions, each reading a whole table of 8 points
 * with masks, and 4 doublings. Neither branches nor memory addresses depend on the scalar.
 */
final class GeneratorTable {
    static final int TABLE_COUNT = 32;
    static final int POINTS_PER_TABLE = 8;

    private final int[] yPlusX = X25519Field.createTable(TABLE_COUNT * POINTS_PER_TABLE);
    private final int[] yMinusX = X25519Field.createTable(TABLE_COUNT * POINTS_PER_TABLE);
    private final int[] twiceDXY = X25519Field.createTable(TABLE_COUNT * POINTS_PER_TABLE);

    GeneratorTable(ExtendedPoint generator) {
        ExtendedPoint base = generator.copy();
        for (int table = 0; table < TABLE_COUNT; table++) {
            CachedPoint cachedBase = CachedPoint.from(base);
            ExtendedPoint multiple = base.copy();
            CompletedPoint sum = new CompletedPoint();
            for (int j = 0; j < POINTS_PER_TABLE; j++) {
                if (j > 0) {
                    sum.setSum(multiple, cachedBase);
                    sum.toExtended(multiple);
                }
                put(table * POINTS_PER_TABLE + j, AffineCachedPoint.from(multiple));
            }
            base.doubleRepeatedly(8, sum);
        }
    }

    private void put(int index, AffineCachedPoint point) {
        int offset = index * X25519Field.SIZE;
        X25519Field.copy(point.yPlusX, 0, yPlusX, offset);
        X25519Field.copy(point.yMinusX, 0, yMinusX, offset);
        X25519Field.copy(point.twiceDXY, 0, twiceDXY, offset);
    }

    /** {@code k * B} for the 64 signed radix-16 digits of k, in constant time. */
    ExtendedPoint multiply(byte[] digits) {
        ExtendedPoint result = ExtendedPoint.identity();
        AffineCachedPoint addend = new AffineCachedPoint();
        CompletedPoint sum = new CompletedPoint();
        for (int i = 1; i < digits.length; i += 2) {
            select(i / 2, digits[i], addend);
            sum.setSum(result, addend);
            sum.toExtended(result);
        }
        result.doubleRepeatedly(4, sum);
        for (int i = 0; i < digits.length; i += 2) {
            select(i / 2, digits[i], addend);
            sum.setSum(result, addend);
            sum.toExtended(result);
        }
        return result;
    }

    /** Sets {@code out} to digit * 256^table * B, reading all 8 entries of the table. */
    private void select(int table, int digit, AffineCachedPoint out) {
        int negative = digit >>> 31;
        int magnitude = (digit ^ -negative) + negative;
        out.setIdentity();
        int first = table * POINTS_PER_TABLE;
        for (int j = 0; j < POINTS_PER_TABLE; j++) {
            int mask = ConstantTime.equalMask(magnitude, j + 1);
            int offset = (first + j) * X25519Field.SIZE;
            X25519Field.cmov(mask, yPlusX, offset, out.yPlusX, 0);
            X25519Field.cmov(mask, yMinusX, offset, out.yMinusX, 0);
            X25519Field.cmov(mask, twiceDXY, offset, out.twiceDXY, 0);
        }
        out.conditionalNegate(negative);
    }
}
