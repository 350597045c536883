package dev.custos.crypto.group.ed25519;

import java.util.List;

/**
 * {@code sum k_i * P_i} by interleaved width-5 NAF (Straus): one shared chain of doublings, and for every term a table of
 * the odd multiples P, 3P, ..., 15P. Branches and table indices depend on the scalars, so this is for public scalars
 * and points only (signature verification, share verification, the subgroup check of a decoded point).
 */
final class VariableTimeMultiplier {
    private static final int WIDTH = 5;
    private static final int TABLE_SIZE = 1 << (WIDTH - 2);

    private VariableTimeMultiplier() {}

    /** {@code sum scalars[i] * points[i]}; each scalar is 32 little-endian bytes below 2^255. */
    static ExtendedPoint multiScalarMultiply(List<byte[]> scalarsLittleEndian, List<ExtendedPoint> points) {
        int count = points.size();
        byte[][] digits = new byte[count][];
        CachedPoint.Table[] tables = new CachedPoint.Table[count];
        int top = -1;
        for (int term = 0; term < count; term++) {
            digits[term] = ScalarRecoding.nonAdjacentForm(scalarsLittleEndian.get(term), WIDTH);
            int termTop = highestNonZero(digits[term]);
            if (termTop >= 0) {
                tables[term] = oddMultiplesOf(points.get(term));
                top = Math.max(top, termTop);
            }
        }
        ExtendedPoint result = ExtendedPoint.identity();
        CompletedPoint completed = new CompletedPoint();
        CachedPoint addend = new CachedPoint();
        for (int position = top; position >= 0; position--) {
            boolean adds = hasDigitAt(digits, position);
            if (position != top) {
                completed.setDouble(result);
                if (adds || position == 0) {
                    completed.toExtended(result);
                } else {
                    // T is stale until the next addition or the end; doublings do not read it.
                    completed.toProjective(result);
                    continue;
                }
            }
            for (int term = 0; term < count; term++) {
                int digit = digits[term][position];
                if (digit > 0) {
                    tables[term].get(digit >> 1, addend);
                    completed.setSum(result, addend);
                    completed.toExtended(result);
                } else if (digit < 0) {
                    tables[term].get(-digit >> 1, addend);
                    completed.setDifference(result, addend);
                    completed.toExtended(result);
                }
            }
        }
        return result;
    }

    private static boolean hasDigitAt(byte[][] digits, int position) {
        for (byte[] termDigits : digits) {
            if (termDigits[position] != 0) {
                return true;
            }
        }
        return false;
    }

    private static int highestNonZero(byte[] digits) {
        for (int i = digits.length - 1; i >= 0; i--) {
            if (digits[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    /** P, 3P, 5P, ..., 15P. */
    private static CachedPoint.Table oddMultiplesOf(ExtendedPoint point) {
        CachedPoint.Table table = new CachedPoint.Table(TABLE_SIZE);
        CachedPoint twice = CachedPoint.from(point.doubled());
        ExtendedPoint multiple = point.copy();
        CachedPoint cachedMultiple = CachedPoint.from(multiple);
        table.put(0, cachedMultiple);
        CompletedPoint sum = new CompletedPoint();
        for (int i = 1; i < TABLE_SIZE; i++) {
            sum.setSum(multiple, twice);
            sum.toExtended(multiple);
            cachedMultiple.set(multiple);
            table.put(i, cachedMultiple);
        }
        return table;
    }
}
