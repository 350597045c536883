package dev.custos.ecdsa.ote;

/**
 * Arithmetic in GF(2^128) = GF(2)[X] / (X^128 + X^7 + X^2 + X + 1), elements as two 64-bit words (low, high).
 *
 * <p>Every product here has one public factor (a KOS challenge χ_j or the receiver's check value) and one secret factor
 * (a matrix row or Δ). The carry-less multiplication builds a table of the secret factor's multiples by the sixteen
 * 4-bit polynomials, then walks the public factor nibble by nibble: table indices and control flow depend only on the
 * public factor, and the secret factor enters through shifts and xors (no branch, no secret-dependent address).
 */
final class Gf128 {
    /** Entries 0..15: low words of the multiples, 16..31: their high words; 32: the high word of the last product. */
    private static final int TABLE_HIGH_RESULT = 32;

    private Gf128() {}

    /**
     * {@code accumulator += a·b} (the unreduced 256-bit product), for summing many products before one reduction;
     * {@code a} is the public factor, {@code b} the secret one.
     */
    static void multiplyAccumulate(
            long publicLow, long publicHigh, long secretLow, long secretHigh, long[] accumulator, long[] table) {
        long lowLow = carrylessMultiplyLow(secretLow, publicLow, table);
        long lowHigh = table[TABLE_HIGH_RESULT];
        long highLow = carrylessMultiplyLow(secretHigh, publicHigh, table);
        long highHigh = table[TABLE_HIGH_RESULT];
        long middleLow = carrylessMultiplyLow(secretLow ^ secretHigh, publicLow ^ publicHigh, table) ^ lowLow ^ highLow;
        long middleHigh = table[TABLE_HIGH_RESULT] ^ lowHigh ^ highHigh;
        accumulator[0] ^= lowLow;
        accumulator[1] ^= lowHigh ^ middleLow;
        accumulator[2] ^= highLow ^ middleHigh;
        accumulator[3] ^= highHigh;
    }

    /** Scratch space for {@link #multiplyAccumulate}: the table of multiples and the high result word. */
    static long[] newTable() {
        return new long[TABLE_HIGH_RESULT + 1];
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

    /** {@code a·b} reduced, {@code a} public and {@code b} secret. */
    static long[] multiply(long publicLow, long publicHigh, long secretLow, long secretHigh) {
        long[] accumulator = new long[4];
        long[] table = newTable();
        multiplyAccumulate(publicLow, publicHigh, secretLow, secretHigh, accumulator, table);
        java.util.Arrays.fill(table, 0);
        return reduce(accumulator);
    }

    /**
     * The low word of the 128-bit carry-less product {@code secret·factor}; the high word is left in
     * {@code table[32]}. Four bits of the public factor at a time, most significant nibble first.
     */
    static long carrylessMultiplyLow(long secret, long factor, long[] table) {
        // table[v] (low) and table[16 + v] (high): secret·v for the 4-bit polynomial v
        table[0] = 0;
        table[16] = 0;
        table[1] = secret;
        table[17] = 0;
        for (int v = 2; v < 16; v += 2) {
            int half = v >>> 1;
            table[v] = table[half] << 1;
            table[16 + v] = (table[16 + half] << 1) | (table[half] >>> 63);
            table[v + 1] = table[v] ^ secret;
            table[17 + v] = table[16 + v];
        }
        long low = 0;
        long high = 0;
        for (int shift = 60; shift >= 0; shift -= 4) {
            int nibble = (int) (factor >>> shift) & 15;
            high = (high << 4) | (low >>> 60);
            low = (low << 4) ^ table[nibble];
            high ^= table[16 + nibble];
        }
        table[TABLE_HIGH_RESULT] = high;
        return low;
    }
}
