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

    private static final long LOW_32 = 0xFFFFFFFFL;
    /** 32-bit limbs of a power sum below 2^512, one spare. */
    private static final int LIMBS = 17;

    private final long[] sum = new long[LENGTH];
    private final long[] product = new long[8];
    private final long[] limbs = new long[LIMBS];

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

    /**
     * {@code sum += Σ_{j<count} 2^j·v_j} for {@code count ≤ 256}, where {@code v_j} is the value at word
     * {@code (j·stride + offset)·4} of {@code values}. Carry-save: each term enters as 32-bit pieces shifted by
     * {@code j mod 32} and added to 64-bit limbs of weight {@code 2^32k} (each limb stays below 2^42, as at most three
     * pieces below 2^32 reach it per term), with the carries resolved once at the end. Branch-free on the values.
     */
    void addPowerSum(long[] values, int stride, int offset, int count) {
        if (count < 0 || count > 256) {
            throw new IllegalArgumentException("count must be in [0, 256], got " + count);
        }
        long[] l = limbs;
        for (int j = 0; j < count; j++) {
            int base = (j * stride + offset) * OrderWords.WORDS;
            int at = j >>> 5;
            int bits = j & 31;
            for (int w = 0; w < OrderWords.WORDS; w++) {
                long word = values[base + w];
                long low = (word & LOW_32) << bits;
                long high = (word >>> 32) << bits;
                int k = at + 2 * w;
                l[k] += low & LOW_32;
                l[k + 1] += (low >>> 32) + (high & LOW_32);
                l[k + 2] += high >>> 32;
            }
        }
        long pending = 0;
        long c = 0;
        for (int k = 0; k < LIMBS - 1; k += 2) {
            long t0 = l[k] + pending;
            long t1 = l[k + 1] + (t0 >>> 32);
            pending = t1 >>> 32;
            long word = (t0 & LOW_32) | (t1 << 32);
            int i = k >>> 1;
            long s = sum[i] + word + c;
            c = carry(sum[i], word, s);
            sum[i] = s;
        }
        sum[LENGTH - 1] += c + l[LIMBS - 1] + pending;
        Arrays.fill(l, 0);
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
        Arrays.fill(limbs, 0);
    }
}
