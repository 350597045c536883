package dev.custos.ecdsa.ote;

import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.internal.Prg;
import dev.custos.ecdsa.ot.BaseOt;

/**
 * Parameters and shared helpers of the KOS15 correlated OT extension (Keller, Orsini, Scholl, CRYPTO 2015) with its
 * consistency check over GF(2^128).
 *
 * <p>Each extension produces {@link #USABLE_ROWS} OTs for the multiplication plus {@link #PADDING_ROWS} OTs with random
 * choice bits that are discarded; the padding ({@code ≥ κ + s} rows) hides the receiver's choices from the check values.
 */
public final class OtExtension {
    /** κ: width of the extension matrix, the number of base OTs. */
    public static final int WIDTH = BaseOt.COUNT;
    /** s: statistical security parameter. */
    public static final int STATISTICAL_SECURITY = 80;
    /** OTs handed to the multiplication: ξ = 256 + 2s (DKLs23 §5). */
    public static final int USABLE_ROWS = 256 + 2 * STATISTICAL_SECURITY;
    /** Discarded rows, at least κ + s, rounded so the total is a multiple of 64. */
    public static final int PADDING_ROWS = 224;

    public static final int ROWS = USABLE_ROWS + PADDING_ROWS;
    static final int WORDS = ROWS / 64;
    static final int COLUMN_BYTES = ROWS / 8;
    /** Length of the receiver's correction matrix in bytes. */
    public static final int MATRIX_BYTES = WIDTH * COLUMN_BYTES;

    private OtExtension() {}

    /** The column {@code index} expanded from a base-OT seed, as {@link #WORDS} words. */
    static long[] expandColumn(byte[] seed, byte[] session, int index) {
        return toWords(Prg.expand(seed, session, index, COLUMN_BYTES), 0);
    }

    static long[] toWords(byte[] bytes, int offset) {
        long[] words = new long[WORDS];
        for (int w = 0; w < WORDS; w++) {
            long value = 0;
            for (int b = 7; b >= 0; b--) {
                value = (value << 8) | (bytes[offset + w * 8 + b] & 0xFFL);
            }
            words[w] = value;
        }
        return words;
    }

    static void putWords(long[] words, byte[] out, int offset) {
        for (int w = 0; w < words.length; w++) {
            for (int b = 0; b < 8; b++) {
                out[offset + w * 8 + b] = (byte) (words[w] >>> (8 * b));
            }
        }
    }

    /**
     * Transposes the κ columns into {@link #ROWS} rows of 128 bits: row {@code j} is {@code rows[2j]} (columns 0..63)
     * and {@code rows[2j+1]} (columns 64..127).
     */
    static long[] transpose(long[][] columns) {
        long[] rows = new long[2 * ROWS];
        for (int i = 0; i < WIDTH; i++) {
            long[] column = columns[i];
            int half = i >>> 6;
            int shift = i & 63;
            for (int j = 0; j < ROWS; j++) {
                long bit = (column[j >>> 6] >>> (j & 63)) & 1L;
                rows[2 * j + half] |= bit << shift;
            }
        }
        return rows;
    }

    /** The check coefficients χ_j ∈ GF(2^128), derived by Fiat-Shamir from the session and the correction matrix. */
    static long[] challenges(byte[] session, byte[] correction) {
        byte[] seed =
                Hasher.sha256("kos-challenge").put(session).put(correction).digest();
        byte[] expanded = Prg.expand(seed, session, 0, ROWS * 16);
        long[] out = new long[2 * ROWS];
        for (int i = 0; i < out.length; i++) {
            long value = 0;
            for (int b = 7; b >= 0; b--) {
                value = (value << 8) | (expanded[i * 8 + b] & 0xFFL);
            }
            out[i] = value;
        }
        return out;
    }

    /** Row {@code j} of a transposed matrix as 16 bytes. */
    static byte[] rowBytes(long[] rows, int j) {
        byte[] out = new byte[16];
        putWords(new long[] {rows[2 * j], rows[2 * j + 1]}, out, 0);
        return out;
    }

    /** Two little-endian words from 16 bytes. */
    static long[] toWords16(byte[] bytes) {
        long[] words = new long[2];
        for (int w = 0; w < 2; w++) {
            long value = 0;
            for (int b = 7; b >= 0; b--) {
                value = (value << 8) | (bytes[w * 8 + b] & 0xFFL);
            }
            words[w] = value;
        }
        return words;
    }
}
