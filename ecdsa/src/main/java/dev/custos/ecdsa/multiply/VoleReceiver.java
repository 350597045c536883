package dev.custos.ecdsa.multiply;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.internal.CheckFailedException;
import dev.custos.ecdsa.ot.OtSeedPairs;
import dev.custos.ecdsa.ote.ExtensionMessage;
import dev.custos.ecdsa.ote.ExtensionReceiver;
import dev.custos.ecdsa.ote.OtExtension;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Bob in DKLs23's random vector OLE (Functionality 3.5 realised after DKLs19 Protocol 1 in two messages): his input
 * {@code b = Σ g_j·β_j} comes from the random choice bits β of an OT extension. After Alice's reply he holds
 * {@code d_i} with {@code c_i + d_i = a_i·b} for each of Alice's inputs {@code a_i}. Single use. The secret choice bits
 * enter the arithmetic only as masks (no branch on them).
 */
public final class VoleReceiver {
    private static final int WORDS = OrderWords.WORDS;

    private final byte[] session;
    private final ExtensionReceiver extension;
    private final Scalar input;
    private boolean finished;

    private VoleReceiver(byte[] session, ExtensionReceiver extension, Scalar input) {
        this.session = session;
        this.extension = extension;
        this.input = input;
    }

    /** Starts an instance; {@code session} must be unique to this instance, this pair and this direction. */
    public static VoleReceiver start(OtSeedPairs seeds, byte[] session, SecureRandom random) {
        return start(seeds, session, ExtensionReceiver.drawChoices(random), ExtensionReceiver.drawSalt(random));
    }

    /**
     * Starts an instance with choice bits and salt drawn beforehand by {@link ExtensionReceiver#drawChoices} and
     * {@link ExtensionReceiver#drawSalt} (fresh; the choices secret, ownership passes to the instance), so that the
     * randomness can be drawn in order on one thread and the work run on another.
     */
    public static VoleReceiver start(OtSeedPairs seeds, byte[] session, long[] choices, byte[] salt) {
        requireNonNull(seeds, "seeds is null");
        requireNonNull(session, "session is null");
        ExtensionReceiver extension = ExtensionReceiver.extend(seeds, session, choices, salt);
        long[] masks = new long[OtExtension.USABLE_ROWS];
        for (int j = 0; j < masks.length; j++) {
            masks[j] = extension.choiceMask(j);
        }
        WideAccumulator accumulator = new WideAccumulator();
        Scalar input = Gadget.bitInnerProduct(masks, accumulator);
        accumulator.wipe();
        Arrays.fill(masks, 0);
        return new VoleReceiver(session.clone(), extension, input);
    }

    /** The message to send to Alice. */
    public ExtensionMessage message() {
        return extension.message();
    }

    /** Bob's random input b (secret). */
    public Scalar input() {
        return input;
    }

    /**
     * Checks Alice's reply and returns Bob's shares {@code d_1..d_ℓ}.
     *
     * @throws CheckFailedException if the multiplication consistency check fails (Alice cheated)
     */
    public Scalar[] finish(VoleResponse response) throws CheckFailedException {
        requireNonNull(response, "response is null");
        if (finished) {
            throw new IllegalStateException("multiplication receiver already finished");
        }
        finished = true;
        int inputs = response.inputs();
        int width = inputs + 1;
        int rows = OtExtension.USABLE_ROWS;
        byte[] corrections = response.correctionsView();
        byte[] checkRows = response.checkRowsView();
        byte[] salt = response.salt();
        PublicFactor[] weights = VoleChallenge.factors(session, salt, inputs, corrections);
        long[] checkSum = new long[WORDS];
        OrderWords.fromScalar(response.checkSum(), checkSum, 0);
        long[] shares = new long[rows * width * WORDS]; // z^B_j, row by row
        long[] correction = new long[WORDS];
        long[] row = new long[2];
        long[] combined = new long[WORDS];
        long[] expected = new long[WORDS];
        long difference = 0;
        RowHash hash = new RowHash(session, salt);
        for (int j = 0; j < rows; j++) {
            int base = j * width * WORDS;
            long choice = extension.choiceMask(j);
            extension.rowWords(j, row);
            hash.pads(j, row[0], row[1], width, shares, base);
            for (int k = 0; k < width; k++) {
                // z^B_{j,k} = x_j·τ_{j,k} − H(t_j)_k, with x_j applied as a mask
                OrderWords.reduce(corrections, (j * width + k) * OrderWords.BYTES, correction, 0);
                OrderWords.select(correction, 0, choice, correction, 0);
                OrderWords.subtract(correction, 0, shares, base + k * WORDS, shares, base + k * WORDS);
            }
            // ẑ^B_j + r_j + Σ χ_i z^B_{j,i} must equal x_j·u
            OrderWords.reduce(checkRows, j * OrderWords.BYTES, combined, 0);
            OrderWords.add(combined, 0, shares, base + inputs * WORDS, combined, 0);
            PublicFactor.addWeighted(weights, shares, base, correction, combined, 0);
            OrderWords.select(checkSum, 0, choice, expected, 0);
            for (int w = 0; w < WORDS; w++) {
                difference |= combined[w] ^ expected[w];
            }
        }
        extension.wipe();
        hash.wipe();
        Arrays.fill(row, 0);
        Arrays.fill(correction, 0);
        Arrays.fill(combined, 0);
        Arrays.fill(expected, 0);
        if (difference != 0) {
            Arrays.fill(shares, 0);
            throw new CheckFailedException("multiplication consistency check failed");
        }
        WideAccumulator accumulator = new WideAccumulator();
        Scalar[] out = new Scalar[inputs];
        for (int i = 0; i < inputs; i++) {
            out[i] = Gadget.innerProduct(shares, width, i, accumulator);
        }
        Arrays.fill(shares, 0);
        accumulator.wipe();
        return out;
    }
}
