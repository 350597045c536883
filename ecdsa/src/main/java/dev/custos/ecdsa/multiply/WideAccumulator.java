package dev.custos.ecdsa.multiply;

import static dev.custos.ecdsa.multiply.OrderWords.carry;

import java.util.Arrays;

/**
 * A sum of up to 2^60 products of {@link OrderWords} values, kept unreduced in 576 bits and reduced modulo q once at the
 * end (lazy reduction, {@link OrderReduction}). Branch-free on the values; holds secrets while in use, so
 * {@link #reduceInto} clears the sum and {@link #wipe} also clears the product buffer. Not thread-safe.
 */
final class WideAccumulator {
    private static final int LENGTH = 9;

    private final long[] sum = new long[LENGTH];
    private final long[] product = new long[8];

    /** {@code sum += a·b}. */
    void addProduct(long[] a, int ao, long[] b, int bo) {
        long a0 = a[ao];
        long a1 = a[ao + 1];
        long a2 = a[ao + 2];
        long a3 = a[ao + 3];
        long[] p = product;
        Arrays.fill(p, 0);
        for (int j = 0; j < OrderWords.WORDS; j++) {
            long bj = b[bo + j];
            // p[j..j+4] += (a0..a3)·bj, one row of the schoolbook product
            long carryWord = 0;
            carryWord = multiplyAdd(a0, bj, p, j, carryWord);
            carryWord = multiplyAdd(a1, bj, p, j + 1, carryWord);
            carryWord = multiplyAdd(a2, bj, p, j + 2, carryWord);
            carryWord = multiplyAdd(a3, bj, p, j + 3, carryWord);
            p[j + 4] = carryWord;
        }
        long c = 0;
        for (int i = 0; i < 8; i++) {
            long s = sum[i] + p[i] + c;
            c = carry(sum[i], p[i], s);
            sum[i] = s;
        }
        sum[8] += c;
    }

    /** {@code p[index] += x·y + carryIn}; returns the high word (the product plus two words never exceeds 2^128). */
    private static long multiplyAdd(long x, long y, long[] p, int index, long carryIn) {
        long low = x * y;
        long high = Math.unsignedMultiplyHigh(x, y);
        long s = low + p[index];
        high += carry(low, p[index], s);
        long t = s + carryIn;
        high += carry(s, carryIn, t);
        p[index] = t;
        return high;
    }

    /** {@code sum += a}. */
    void add(long[] a, int ao) {
        long c = 0;
        for (int i = 0; i < OrderWords.WORDS; i++) {
            long s = sum[i] + a[ao + i] + c;
            c = carry(sum[i], a[ao + i], s);
            sum[i] = s;
        }
        for (int i = OrderWords.WORDS; i < LENGTH; i++) {
            long s = sum[i] + c;
            c = carry(sum[i], 0, s);
            sum[i] = s;
        }
    }

    /** {@code sum += a·2^shift} for a public {@code shift} in [0, 256): the gadget's powers of two without products. */
    void addShifted(long[] a, int ao, int shift) {
        int offset = shift >>> 6;
        int bits = shift & 63;
        long c = 0;
        long previous = 0;
        for (int i = 0; i <= OrderWords.WORDS; i++) {
            long word = i < OrderWords.WORDS ? a[ao + i] : 0;
            // (previous >>> 1) >>> (63 − bits) is previous >>> (64 − bits), and 0 for bits = 0
            long shifted = (word << bits) | ((previous >>> 1) >>> (63 - bits));
            previous = word;
            long s = sum[offset + i] + shifted + c;
            c = carry(sum[offset + i], shifted, s);
            sum[offset + i] = s;
        }
        for (int i = offset + OrderWords.WORDS + 1; i < LENGTH; i++) {
            long s = sum[i] + c;
            c = carry(sum[i], 0, s);
            sum[i] = s;
        }
    }

    /** Writes {@code sum mod q} at {@code out[offset]} and resets the sum to zero. */
    void reduceInto(long[] out, int offset) {
        OrderReduction.reduce(sum, out, offset);
        Arrays.fill(sum, 0);
    }

    /** Clears the sum and the product buffer. */
    void wipe() {
        Arrays.fill(sum, 0);
        Arrays.fill(product, 0);
    }
}
