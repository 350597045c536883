package dev.custos.ecdsa.multiply;

import static dev.custos.ecdsa.multiply.OrderWords.C0;
import static dev.custos.ecdsa.multiply.OrderWords.C1;
import static dev.custos.ecdsa.multiply.OrderWords.carry;

/**
 * Reduction modulo q of a 576-bit value (nine 64-bit words), straight-line and branch-free. With
 * {@code c = 2^256 − q = 2^128 + C1·2^64 + C0}, a value {@code L + H·2^256} is congruent to {@code L + H·c}; each fold
 * computes that by columns (column k collects {@code L_k}, {@code H_k·C0}, {@code H_(k−1)·C1} and {@code H_(k−2)}),
 * skipping the terms that are zero. Bounds after each fold: 2^576 → 2^450 (8 words) → 2^324 (6 words) → 2^257
 * (5 words) → below 2^256 after two folds of the top bit; then one conditional subtraction.
 */
final class OrderReduction {
    private OrderReduction() {}

    /** A three-word column accumulator; allocated per call and not escaping, so the JIT keeps it in registers. */
    private static final class Column {
        private long c0;
        private long c1;
        private long c2;

        void add(long x) {
            long s = c0 + x;
            long carryOut = carry(c0, x, s);
            c0 = s;
            long t = c1 + carryOut;
            c2 += carry(c1, carryOut, t);
            c1 = t;
        }

        void multiplyAdd(long x, long y) {
            long low = x * y;
            long high = Math.unsignedMultiplyHigh(x, y);
            long s = c0 + low;
            high += carry(c0, low, s); // no overflow: the high word of a product is at most 2^64 − 2
            c0 = s;
            long t = c1 + high;
            c2 += carry(c1, high, t);
            c1 = t;
        }

        /** Returns the lowest word and shifts the accumulator down by one word. */
        long next() {
            long word = c0;
            c0 = c1;
            c1 = c2;
            c2 = 0;
            return word;
        }
    }

    /** Writes {@code n mod q} (n: nine words, least significant first) at {@code out[offset]}. */
    static void reduce(long[] n, long[] out, int offset) {
        Column column = new Column();
        // fold 1: H = n4..n8
        column.add(n[0]);
        column.multiplyAdd(n[4], C0);
        long m0 = column.next();
        column.add(n[1]);
        column.multiplyAdd(n[5], C0);
        column.multiplyAdd(n[4], C1);
        long m1 = column.next();
        column.add(n[2]);
        column.add(n[4]);
        column.multiplyAdd(n[6], C0);
        column.multiplyAdd(n[5], C1);
        long m2 = column.next();
        column.add(n[3]);
        column.add(n[5]);
        column.multiplyAdd(n[7], C0);
        column.multiplyAdd(n[6], C1);
        long m3 = column.next();
        column.add(n[6]);
        column.multiplyAdd(n[8], C0);
        column.multiplyAdd(n[7], C1);
        long m4 = column.next();
        column.add(n[7]);
        column.multiplyAdd(n[8], C1);
        long m5 = column.next();
        column.add(n[8]);
        long m6 = column.next();
        long m7 = column.next();
        // fold 2: H = m4..m7
        column.add(m0);
        column.multiplyAdd(m4, C0);
        long p0 = column.next();
        column.add(m1);
        column.multiplyAdd(m5, C0);
        column.multiplyAdd(m4, C1);
        long p1 = column.next();
        column.add(m2);
        column.add(m4);
        column.multiplyAdd(m6, C0);
        column.multiplyAdd(m5, C1);
        long p2 = column.next();
        column.add(m3);
        column.add(m5);
        column.multiplyAdd(m7, C0);
        column.multiplyAdd(m6, C1);
        long p3 = column.next();
        column.add(m6);
        column.multiplyAdd(m7, C1);
        long p4 = column.next();
        column.add(m7);
        long p5 = column.next();
        column.next(); // zero: the value is below 2^324
        // fold 3: H = p4, p5
        column.add(p0);
        column.multiplyAdd(p4, C0);
        long r0 = column.next();
        column.add(p1);
        column.multiplyAdd(p5, C0);
        column.multiplyAdd(p4, C1);
        long r1 = column.next();
        column.add(p2);
        column.add(p4);
        column.multiplyAdd(p5, C1);
        long r2 = column.next();
        column.add(p3);
        column.add(p5);
        long r3 = column.next();
        long r4 = column.next();
        // two folds of the top bit (0 or 1): add c under a mask
        for (int round = 0; round < 2; round++) {
            long mask = -(r4 & 1L);
            long s0 = r0 + (C0 & mask);
            long carryOut = carry(r0, C0 & mask, s0);
            long s1 = r1 + (C1 & mask) + carryOut;
            carryOut = carry(r1, C1 & mask, s1);
            long s2 = r2 + (1L & mask) + carryOut;
            carryOut = carry(r2, 1L & mask, s2);
            long s3 = r3 + carryOut;
            r4 = carry(r3, 0, s3);
            r0 = s0;
            r1 = s1;
            r2 = s2;
            r3 = s3;
        }
        OrderWords.subtractIfAtLeastQ(r0, r1, r2, r3, 0, out, offset);
    }
}
