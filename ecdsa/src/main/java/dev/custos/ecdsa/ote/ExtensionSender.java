package dev.custos.ecdsa.ote;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.internal.CheckFailedException;
import dev.custos.ecdsa.ot.OtChosenSeeds;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The OT-extension sender: from its base-OT choices Δ and the receiver's {@link ExtensionMessage} it computes the rows
 * {@code q_j = t_j ⊕ x_j·Δ}, after the KOS consistency check {@code Σ χ_j·q_j = t̃ ⊕ x̃·Δ} has passed. A receiver that
 * uses different choice vectors in different columns fails the check except with probability about 2^-s.
 */
public final class ExtensionSender {
    private final long[] rows;
    private final long[] delta;

    private ExtensionSender(long[] rows, long[] delta) {
        this.rows = rows;
        this.delta = delta;
    }

    public static ExtensionSender receive(OtChosenSeeds seeds, byte[] session, ExtensionMessage message)
            throws CheckFailedException {
        requireNonNull(seeds, "seeds is null");
        requireNonNull(session, "session is null");
        requireNonNull(message, "message is null");
        byte[] correction = message.correction();
        byte[] salt = message.salt();
        long[][] columns = new long[OtExtension.WIDTH][OtExtension.WORDS];
        CounterHash generator = OtExtension.columnGenerator(session, salt);
        for (int i = 0; i < OtExtension.WIDTH; i++) {
            long[] column = columns[i];
            OtExtension.expandColumn(generator, seeds.seed(i), i, column);
            long[] corrections = OtExtension.toWords(correction, i * OtExtension.COLUMN_BYTES);
            long mask = -(long) seeds.choice(i);
            for (int w = 0; w < OtExtension.WORDS; w++) {
                column[w] ^= corrections[w] & mask;
            }
        }
        generator.wipe();
        long[] rows = OtExtension.transpose(columns);
        for (long[] column : columns) {
            Arrays.fill(column, 0);
        }
        long[] delta = seeds.delta();
        long[] chi = OtExtension.challenges(session, salt, correction);
        ChallengeSum rowSum = new ChallengeSum();
        for (int j = 0; j < OtExtension.ROWS; j++) {
            rowSum.add(chi[2 * j], chi[2 * j + 1], rows[2 * j], rows[2 * j + 1]);
        }
        long[] left = rowSum.sum();
        long[] choiceCheck = OtExtension.toWords16(message.choiceCheck());
        long[] rowCheck = OtExtension.toWords16(message.rowCheck());
        long[] scaled = Gf128.multiply(choiceCheck[0], choiceCheck[1], delta[0], delta[1]);
        byte[] expected = ExtensionReceiver.toBytes(new long[] {rowCheck[0] ^ scaled[0], rowCheck[1] ^ scaled[1]});
        if (!MessageDigest.isEqual(ExtensionReceiver.toBytes(left), expected)) {
            Arrays.fill(rows, 0);
            Arrays.fill(delta, 0);
            throw new CheckFailedException("OT extension consistency check failed");
        }
        return new ExtensionSender(rows, delta);
    }

    /** Row {@code q_j}, the sender's key for choice 0 of usable OT {@code j}. */
    public byte[] zeroRow(int j) {
        checkRow(j);
        return OtExtension.rowBytes(rows, j);
    }

    /** Row {@code q_j ⊕ Δ}, the sender's key for choice 1 of usable OT {@code j}. */
    public byte[] oneRow(int j) {
        checkRow(j);
        long[] shifted = {rows[2 * j] ^ delta[0], rows[2 * j + 1] ^ delta[1]};
        return ExtensionReceiver.toBytes(shifted);
    }

    /**
     * Writes row {@code q_j} ({@code choice} 0) or {@code q_j ⊕ Δ} ({@code choice} 1) of usable OT {@code j} to
     * {@code out[0..1]} (low, high word), without allocating.
     */
    public void rowWords(int j, int choice, long[] out) {
        checkRow(j);
        long mask = -(long) (choice & 1);
        out[0] = rows[2 * j] ^ (delta[0] & mask);
        out[1] = rows[2 * j + 1] ^ (delta[1] & mask);
    }

    public void wipe() {
        Arrays.fill(rows, 0);
        Arrays.fill(delta, 0);
    }

    private static void checkRow(int j) {
        if (j < 0 || j >= OtExtension.USABLE_ROWS) {
            throw new IndexOutOfBoundsException("row " + j + " is not usable");
        }
    }
}
