package dev.custos.ecdsa.ote;

/** Bit-matrix helpers for the OT extension. */
final class BitMatrix {
    private BitMatrix() {}

    /**
     * Transposes a 64×64 bit matrix in place: bit c of word r becomes bit r of word c. Swaps the off-diagonal blocks of
     * sizes 32, 16, ..., 1 (the recursive scheme of Hacker's Delight §7-3), branch-free on the data.
     */
    static void transpose64(long[] m) {
        long mask = 0x00000000FFFFFFFFL;
        for (int width = 32; width != 0; width >>>= 1, mask ^= mask << width) {
            for (int k = 0; k < 64; k = ((k | width) + 1) & ~width) {
                // exchange the high-half bits of row k with the low-half bits of row k + width
                long t = ((m[k] >>> width) ^ m[k | width]) & mask;
                m[k] ^= t << width;
                m[k | width] ^= t;
            }
        }
    }
}
