package dev.custos.ecdsa.ote;

import java.util.Arrays;

/**
 * The KOS check sum {@code Σ_j χ_j·v_j} over GF(2^128) for public coefficients χ_j and secret values v_j (matrix rows),
 * by bucketing: with {@code χ = Σ_k X^(8k)·d_k} (d_k its bytes), {@code Σ_j χ_j·v_j = Σ_k X^(8k)·Σ_d d·B_(k,d)} where
 * bucket {@code B_(k,d)} is the xor of the v_j whose byte k is d. Adding a value costs 16 xors into buckets chosen by
 * the public bytes (no multiplication); the 16 × 256 buckets are combined once at the end. Bucket addresses depend only
 * on χ, the secret values only enter xors. Not thread-safe; the buckets hold secrets until {@link #sum}.
 */
final class ChallengeSum {
    private static final int DIGITS = 16;
    private static final int DIGIT_BITS = 8;
    private static final int VALUES = 1 << DIGIT_BITS;

    /** Bucket (k, d) at words {@code 2·(256k + d)} (low) and {@code 2·(256k + d) + 1} (high). */
    private final long[] buckets = new long[2 * DIGITS * VALUES];

    /** Adds {@code χ·v} for the public χ = (chiLow, chiHigh) and secret v = (low, high). */
    void add(long chiLow, long chiHigh, long low, long high) {
        for (int k = 0; k < DIGITS / 2; k++) {
            int index = 2 * (VALUES * k + ((int) (chiLow >>> (DIGIT_BITS * k)) & (VALUES - 1)));
            buckets[index] ^= low;
            buckets[index + 1] ^= high;
        }
        for (int k = 0; k < DIGITS / 2; k++) {
            int index = 2 * (VALUES * (DIGITS / 2 + k) + ((int) (chiHigh >>> (DIGIT_BITS * k)) & (VALUES - 1)));
            buckets[index] ^= low;
            buckets[index + 1] ^= high;
        }
    }

    /** The reduced sum of everything added; clears the buckets. */
    long[] sum() {
        long[] total = new long[4];
        for (int k = 0; k < DIGITS; k++) {
            int base = 2 * VALUES * k;
            // Σ_d d·B_(k,d) = Σ_b X^b·T_b, T_b the xor of the buckets whose digit has bit b set. From the top bit down:
            // T_b is the xor of buckets [2^b, 2^(b+1)), which then fold onto [0, 2^b) (digits equal modulo 2^b).
            for (int b = DIGIT_BITS - 1; b >= 0; b--) {
                int half = 1 << b;
                long low = 0;
                long high = 0;
                for (int d = half; d < 2 * half; d++) {
                    int from = base + 2 * d;
                    int to = from - 2 * half;
                    long bucketLow = buckets[from];
                    long bucketHigh = buckets[from + 1];
                    low ^= bucketLow;
                    high ^= bucketHigh;
                    buckets[to] ^= bucketLow;
                    buckets[to + 1] ^= bucketHigh;
                }
                addShifted(total, low, high, DIGIT_BITS * k + b);
            }
        }
        Arrays.fill(buckets, 0);
        long[] reduced = Gf128.reduce(total);
        Arrays.fill(total, 0);
        return reduced;
    }

    /** {@code total ^= (low, high)·X^shift} for a public shift below 128. */
    private static void addShifted(long[] total, long low, long high, int shift) {
        int word = shift >>> 6;
        int bit = shift & 63;
        // (x >>> 1) >>> (63 − bit) is x >>> (64 − bit), and 0 for bit = 0
        total[word] ^= low << bit;
        total[word + 1] ^= (high << bit) | ((low >>> 1) >>> (63 - bit));
        total[word + 2] ^= (high >>> 1) >>> (63 - bit);
    }

    /** Clears the buckets without summing (on abort). */
    void wipe() {
        Arrays.fill(buckets, 0);
    }
}
