package dev.custos.ecdsa.ote;

import java.util.Arrays;

/**
 * The KOS check sum {@code Σ_j χ_j·v_j} over GF(2^128) for public coefficients χ_j and secret values v_j (matrix rows),
 * by bucketing: with {@code χ = Σ_k X^(4k)·d_k} (d_k its 4-bit digits), {@code Σ_j χ_j·v_j = Σ_k X^(4k)·Σ_d d·B_(k,d)}
 * where bucket {@code B_(k,d)} is the xor of the v_j whose digit k is d. Adding a value costs 32 xors into buckets
 * chosen by the public digits (no multiplication); the 512 buckets are combined once at the end. Bucket addresses
 * depend only on χ, the secret values only enter xors. Not thread-safe; the buckets hold secrets until {@link #sum}.
 */
final class ChallengeSum {
    private static final int DIGITS = 32;
    private static final int VALUES = 16;

    /** Bucket (k, d) at words {@code 2·(16k + d)} (low) and {@code 2·(16k + d) + 1} (high). */
    private final long[] buckets = new long[2 * DIGITS * VALUES];

    /** Adds {@code χ·v} for the public χ = (chiLow, chiHigh) and secret v = (low, high). */
    void add(long chiLow, long chiHigh, long low, long high) {
        for (int k = 0; k < DIGITS / 2; k++) {
            int index = 2 * (VALUES * k + ((int) (chiLow >>> (4 * k)) & 15));
            buckets[index] ^= low;
            buckets[index + 1] ^= high;
        }
        for (int k = 0; k < DIGITS / 2; k++) {
            int index = 2 * (VALUES * (DIGITS / 2 + k) + ((int) (chiHigh >>> (4 * k)) & 15));
            buckets[index] ^= low;
            buckets[index + 1] ^= high;
        }
    }

    /** The reduced sum of everything added; clears the buckets. */
    long[] sum() {
        long[] total = new long[4];
        for (int k = 0; k < DIGITS; k++) {
            // Σ_d d·B_(k,d) = Σ_b X^b·T_b with T_b the xor of the buckets whose digit has bit b set
            long s0 = 0;
            long s1 = 0;
            long s2 = 0;
            for (int b = 0; b < 4; b++) {
                long tLow = 0;
                long tHigh = 0;
                for (int d = 1; d < VALUES; d++) {
                    if ((d >>> b & 1) != 0) { // d and b are public loop indices
                        int index = 2 * (VALUES * k + d);
                        tLow ^= buckets[index];
                        tHigh ^= buckets[index + 1];
                    }
                }
                s0 ^= tLow << b;
                s1 ^= (tHigh << b) | ((tLow >>> 1) >>> (63 - b));
                s2 ^= (tHigh >>> 1) >>> (63 - b);
            }
            // total ^= (s0, s1, s2)·X^(4k)
            int shift = 4 * k;
            int word = shift >>> 6;
            int bit = shift & 63;
            total[word] ^= s0 << bit;
            total[word + 1] ^= (s1 << bit) | ((s0 >>> 1) >>> (63 - bit));
            total[word + 2] ^= (s2 << bit) | ((s1 >>> 1) >>> (63 - bit));
            if (word + 3 < total.length) {
                total[word + 3] ^= (s2 >>> 1) >>> (63 - bit);
            }
        }
        Arrays.fill(buckets, 0);
        long[] reduced = Gf128.reduce(total);
        Arrays.fill(total, 0);
        return reduced;
    }

    /** Clears the buckets without summing (on abort). */
    void wipe() {
        Arrays.fill(buckets, 0);
    }
}
