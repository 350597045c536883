package dev.custos.crypto.group.ed25519;

import java.util.Arrays;

/**
 * {@code k * P} for a secret k and any point P: fixed window of 4 bits over the signed radix-16 digits of k, with a
 * table of 1P..8P read in full at every step. The sequence of field operations and the memory accessed do not depend
 * on k.
 */
final class ConstantTimeMultiplier {
    private static final int TABLE_SIZE = 8;

    private ConstantTimeMultiplier() {}

    /** {@code k * point} for k given as 32 little-endian bytes below 2^255. */
    static ExtendedPoint multiply(ExtendedPoint point, byte[] scalarLittleEndian) {
        byte[] digits = ScalarRecoding.signedRadix16(scalarLittleEndian);
        try {
            return multiplyDigits(point, digits);
        } finally {
            Arrays.fill(digits, (byte) 0);
        }
    }

    private static ExtendedPoint multiplyDigits(ExtendedPoint point, byte[] digits) {
        CachedPoint.Table table = multiplesOf(point);
        ExtendedPoint result = ExtendedPoint.identity();
        CachedPoint addend = new CachedPoint();
        CompletedPoint sum = new CompletedPoint();
        for (int i = digits.length - 1; i >= 0; i--) {
            if (i != digits.length - 1) {
                result.doubleRepeatedly(4, sum);
            }
            table.select(digits[i], addend);
            sum.setSum(result, addend);
            sum.toExtended(result);
        }
        return result;
    }

    /** 1P, 2P, ..., 8P. */
    private static CachedPoint.Table multiplesOf(ExtendedPoint point) {
        CachedPoint.Table table = new CachedPoint.Table(TABLE_SIZE);
        CachedPoint cachedPoint = CachedPoint.from(point);
        table.put(0, cachedPoint);
        ExtendedPoint multiple = point.copy();
        CompletedPoint sum = new CompletedPoint();
        CachedPoint cachedMultiple = new CachedPoint();
        for (int i = 1; i < TABLE_SIZE; i++) {
            sum.setSum(multiple, cachedPoint);
            sum.toExtended(multiple);
            cachedMultiple.set(multiple);
            table.put(i, cachedMultiple);
        }
        return table;
    }
}
