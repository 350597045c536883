package dev.custos.ecdsa.ote;

/**
 * Arithmetic in GF(2^128) = GF(2)[X] / (X^128 + X^7 + X^2 + X + 1), elements as two 64-bit words (low, high). Branch-free
 * (the multiplication loops over bit positions, not over bit values).
 */
final class Gf128 {
    private Gf128() {}

    /** {@code accumulator += a·b} (the unreduced 256-bit product), for summing many products before one reduction. */
    static void multiplyAccumulate(long aLow, long aHigh, long bLow, long bHigh, long[] accumulator) {
        long[] low = carrylessMultiply(aLow, bLow);
        long[] high = carrylessMultiply(aHigh, bHigh);
        long[] middle = carrylessMultiply(aLow ^ aHigh, bLow ^ bHigh);
        long middleLow = middle[0] ^ low[0] ^ high[0];
        long middleHigh = middle[1] ^ low[1] ^ high[1];
        accumulator[0] ^= low[0];
        accumulator[1] ^= low[1] ^ middleLow;
        accumulator[2] ^= high[0] ^ middleHigh;
        accumulator[3] ^= high[1];
    }

    /** Reduces a 256-bit product (four words, least significant first) to two words. */
    static long[] reduce(long[] product) {
        long w0 = product[0];
        long w1 = product[1];
        long w2 = product[2];
        long w3 = product[3];
        // X^128 = X^7 + X^2 + X + 1: fold words 3 and 2 down
        w2 ^= (w3 >>> 57) ^ (w3 >>> 62) ^ (w3 >>> 63);
        w1 ^= w3 ^ (w3 << 1) ^ (w3 << 2) ^ (w3 << 7);
        w1 ^= (w2 >>> 57) ^ (w2 >>> 62) ^ (w2 >>> 63);
        w0 ^= w2 ^ (w2 << 1) ^ (w2 << 2) ^ (w2 << 7);
        return new long[] {w0, w1};
    }

    static long[] multiply(long aLow, long aHigh, long bLow, long bHigh) {
        long[] accumulator = new long[4];
        multiplyAccumulate(aLow, aHigh, bLow, bHigh, accumulator);
        return reduce(accumulator);
    }

    /** The 128-bit carry-less product of two 64-bit words, as (low, high). */
    static long[] carrylessMultiply(long a, long b) {
        long low = 0;
        long high = 0;
        for (int i = 0; i < 64; i++) {
            long mask = -((b >>> i) & 1L);
            low ^= (a << i) & mask;
            high ^= (i == 0 ? 0 : a >>> (64 - i)) & mask;
        }
        return new long[] {low, high};
    }
}
