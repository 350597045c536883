package dev.custos.ecdsa.ote;

import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.ot.BaseOt;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

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

    /** Column PRG prefix: base-OT seed, session key, column index (one byte, κ = 128 columns). */
    private static final int SESSION_KEY_LENGTH = 20;

    private static final int COLUMN_PREFIX = BaseOt.SEED_LENGTH + SESSION_KEY_LENGTH + 1;
    private static final VarHandle LITTLE_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Per thread: an AES instance for the public challenge stream (re-keyed on every use; holds no secret). */
    private static final ThreadLocal<Cipher> CHALLENGE_CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/ECB/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    });

    /** The counter blocks 0, 1, ..., ROWS − 1 as 128-bit big-endian integers (read only). */
    private static final byte[] COUNTERS = counters();

    private OtExtension() {}

    /**
     * The PRG G that expands base-OT seeds into columns: column i from seed k is the first {@link #WORDS} words of
     * {@code SHA-256(k ‖ K ‖ i ‖ c)} for blocks c = 0, 1, 2 (i and c one byte each), with K the first 20 bytes of
     * {@code SHA-256("kos-column/v3", session, salt)}, where {@code salt} is 32 fresh random bytes of the receiver's
     * (sent in its message). One seed so serves many extensions with independent outputs, even under a repeated
     * session id: two extensions collide in K with probability about N²/2^161 for N extensions. The input is 54 bytes,
     * one SHA-256 compression per 32 output bytes. Use {@link #expandColumn}; wipe when done.
     */
    static CounterHash columnGenerator(byte[] session, byte[] salt) {
        CounterHash generator = new CounterHash(COLUMN_PREFIX, 1);
        byte[] sessionKey =
                Hasher.sha256("kos-column/v3").put(session).put(salt).digest();
        generator.setPrefix(BaseOt.SEED_LENGTH, java.util.Arrays.copyOf(sessionKey, SESSION_KEY_LENGTH));
        return generator;
    }

    /** Writes column {@code index} expanded from base-OT {@code seed} to {@code out} ({@link #WORDS} words). */
    static void expandColumn(CounterHash generator, byte[] seed, int index, long[] out) {
        generator.setPrefix(0, seed);
        generator.setPrefixByte(BaseOt.SEED_LENGTH + SESSION_KEY_LENGTH, index);
        generator.words(out, 0, WORDS);
    }

    static long[] toWords(byte[] bytes, int offset) {
        long[] words = new long[WORDS];
        for (int w = 0; w < WORDS; w++) {
            words[w] = (long) LITTLE_ENDIAN_LONGS.get(bytes, offset + 8 * w);
        }
        return words;
    }

    static void putWords(long[] words, byte[] out, int offset) {
        for (int w = 0; w < words.length; w++) {
            LITTLE_ENDIAN_LONGS.set(out, offset + 8 * w, words[w]);
        }
    }

    /**
     * Transposes the κ columns into {@link #ROWS} rows of 128 bits: row {@code j} is {@code rows[2j]} (columns 0..63)
     * and {@code rows[2j+1]} (columns 64..127). Works on 64×64 blocks.
     */
    static long[] transpose(long[][] columns) {
        long[] rows = new long[2 * ROWS];
        long[] block = new long[64];
        for (int half = 0; half < WIDTH / 64; half++) {
            for (int w = 0; w < WORDS; w++) {
                for (int c = 0; c < 64; c++) {
                    block[c] = columns[64 * half + c][w];
                }
                BitMatrix.transpose64(block);
                for (int r = 0; r < 64; r++) {
                    rows[2 * (64 * w + r) + half] = block[r];
                }
            }
        }
        java.util.Arrays.fill(block, 0);
        return rows;
    }

    /**
     * The check coefficients χ_j ∈ GF(2^128), derived by Fiat-Shamir from the session, the receiver's salt and the
     * correction matrix: the seed {@code SHA-256("kos-challenge/v3", session, salt, correction)} keys AES-256 in counter mode (block i encrypts
     * the 128-bit big-endian integer i) (a PRG under the PRF
     * assumption on AES, with hardware AES), whose output blocks are the χ_j. The χ_j are public.
     */
    static long[] challenges(byte[] session, byte[] salt, byte[] correction) {
        byte[] seed = Hasher.sha256("kos-challenge/v3")
                .put(session)
                .put(salt)
                .put(correction)
                .digest();
        // counter mode over the block cipher directly: block i encrypts i (16 bytes, big-endian), all in one call
        byte[] stream;
        try {
            Cipher aes = CHALLENGE_CIPHER.get();
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(seed, "AES"));
            stream = aes.doFinal(COUNTERS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
        long[] out = new long[2 * ROWS];
        for (int i = 0; i < out.length; i++) {
            out[i] = (long) LITTLE_ENDIAN_LONGS.get(stream, 8 * i);
        }
        return out;
    }

    private static byte[] counters() {
        byte[] counters = new byte[ROWS * 16];
        for (int i = 0; i < ROWS; i++) {
            counters[16 * i + 14] = (byte) (i >>> 8);
            counters[16 * i + 15] = (byte) i;
        }
        return counters;
    }

    /** Row {@code j} of a transposed matrix as 16 bytes. */
    static byte[] rowBytes(long[] rows, int j) {
        byte[] out = new byte[16];
        putWords(new long[] {rows[2 * j], rows[2 * j + 1]}, out, 0);
        return out;
    }

    /** Two little-endian words from 16 bytes. */
    static long[] toWords16(byte[] bytes) {
        return new long[] {(long) LITTLE_ENDIAN_LONGS.get(bytes, 0), (long) LITTLE_ENDIAN_LONGS.get(bytes, 8)};
    }
}
