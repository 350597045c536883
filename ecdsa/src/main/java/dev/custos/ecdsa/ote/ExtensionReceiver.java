package dev.custos.ecdsa.ote;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.ot.OtSeedPairs;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The OT-extension receiver: extends the base OTs (where it was the sender) to {@link OtExtension#ROWS} correlated OTs
 * with uniformly random choice bits {@code x}. Afterwards it holds {@code t_j} with {@code t_j = q_j ⊕ x_j·Δ}, where
 * {@code q_j} and Δ are the sender's.
 */
public final class ExtensionReceiver {
    private final ExtensionMessage message;
    private final long[] choices;
    private final long[] rows;

    private ExtensionReceiver(ExtensionMessage message, long[] choices, long[] rows) {
        this.message = message;
        this.choices = choices;
        this.rows = rows;
    }

    public static ExtensionReceiver extend(OtSeedPairs seeds, byte[] session, SecureRandom random) {
        return extend(seeds, session, drawChoices(random), drawSalt(random));
    }

    /**
     * Draws the receiver's fresh salt for one extension ({@link ExtensionMessage#SALT_LENGTH} bytes, public once
     * sent). It keys the column PRG together with the session, so that two extensions never expand the same columns,
     * even when a caller repeats a session id.
     */
    public static byte[] drawSalt(SecureRandom random) {
        byte[] salt = new byte[ExtensionMessage.SALT_LENGTH];
        requireNonNull(random, "random is null").nextBytes(salt);
        return salt;
    }

    /**
     * Draws the receiver's choice bits: {@link OtExtension#ROWS} uniformly random bits as 64-bit words. For callers
     * that draw all randomness on one thread before running extensions elsewhere ({@link #extend(OtSeedPairs,
     * byte[], long[], byte[])}).
     */
    public static long[] drawChoices(SecureRandom random) {
        requireNonNull(random, "random is null");
        long[] choices = new long[OtExtension.WORDS];
        for (int w = 0; w < choices.length; w++) {
            choices[w] = random.nextLong();
        }
        return choices;
    }

    /**
     * Extends with choice bits from {@link #drawChoices} and a salt from {@link #drawSalt} (both fresh for every
     * extension; taking them from anywhere else breaks the receiver's privacy). Takes ownership of {@code choices}:
     * wiped by {@link #wipe}.
     */
    public static ExtensionReceiver extend(OtSeedPairs seeds, byte[] session, long[] choices, byte[] salt) {
        requireNonNull(salt, "salt is null");
        if (salt.length != ExtensionMessage.SALT_LENGTH) {
            throw new IllegalArgumentException("salt must be " + ExtensionMessage.SALT_LENGTH + " bytes");
        }
        requireNonNull(seeds, "seeds is null");
        requireNonNull(session, "session is null");
        requireNonNull(choices, "choices is null");
        if (choices.length != OtExtension.WORDS) {
            throw new IllegalArgumentException(
                    "choices must be " + OtExtension.WORDS + " words, got " + choices.length);
        }
        long[][] zeroColumns = new long[OtExtension.WIDTH][OtExtension.WORDS];
        long[] one = new long[OtExtension.WORDS];
        long[] corrected = new long[OtExtension.WORDS];
        byte[] correction = new byte[OtExtension.MATRIX_BYTES];
        CounterHash generator = OtExtension.columnGenerator(session, salt);
        for (int i = 0; i < OtExtension.WIDTH; i++) {
            long[] zero = zeroColumns[i];
            OtExtension.expandColumn(generator, seeds.seed(i, 0), i, zero);
            OtExtension.expandColumn(generator, seeds.seed(i, 1), i, one);
            for (int w = 0; w < OtExtension.WORDS; w++) {
                corrected[w] = zero[w] ^ one[w] ^ choices[w];
            }
            OtExtension.putWords(corrected, correction, i * OtExtension.COLUMN_BYTES);
        }
        generator.wipe();
        Arrays.fill(one, 0);
        Arrays.fill(corrected, 0);
        long[] rows = OtExtension.transpose(zeroColumns);
        for (long[] column : zeroColumns) {
            Arrays.fill(column, 0);
        }
        long[] chi = OtExtension.challenges(session, salt, correction);
        long[] choiceCheck = new long[2];
        ChallengeSum rowSum = new ChallengeSum();
        for (int j = 0; j < OtExtension.ROWS; j++) {
            long mask = -((choices[j >>> 6] >>> (j & 63)) & 1L);
            choiceCheck[0] ^= chi[2 * j] & mask;
            choiceCheck[1] ^= chi[2 * j + 1] & mask;
            rowSum.add(chi[2 * j], chi[2 * j + 1], rows[2 * j], rows[2 * j + 1]);
        }
        long[] rowCheck = rowSum.sum();
        ExtensionMessage message = new ExtensionMessage(salt, correction, toBytes(choiceCheck), toBytes(rowCheck));
        return new ExtensionReceiver(message, choices, rows);
    }

    public ExtensionMessage message() {
        return message;
    }

    /** Choice bit {@code x_j} of usable row {@code j}. */
    public int choice(int j) {
        checkRow(j);
        return (int) (choices[j >>> 6] >>> (j & 63)) & 1;
    }

    /** Row {@code t_j} (128 bits) as bytes, for hashing into the random OT output. */
    public byte[] row(int j) {
        checkRow(j);
        return OtExtension.rowBytes(rows, j);
    }

    /** Choice bit {@code x_j} of usable row {@code j} as a mask: all ones for 1, zero for 0. */
    public long choiceMask(int j) {
        checkRow(j);
        return -((choices[j >>> 6] >>> (j & 63)) & 1L);
    }

    /** Writes row {@code t_j} to {@code out[0..1]} (low, high word), without allocating. */
    public void rowWords(int j, long[] out) {
        checkRow(j);
        out[0] = rows[2 * j];
        out[1] = rows[2 * j + 1];
    }

    /** Wipes the choice bits and rows. */
    public void wipe() {
        Arrays.fill(choices, 0);
        Arrays.fill(rows, 0);
    }

    private static void checkRow(int j) {
        if (j < 0 || j >= OtExtension.USABLE_ROWS) {
            throw new IndexOutOfBoundsException("row " + j + " is not usable");
        }
    }

    static byte[] toBytes(long[] element) {
        byte[] out = new byte[ExtensionMessage.CHECK_LENGTH];
        OtExtension.putWords(element, out, 0);
        return out;
    }
}
