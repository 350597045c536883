package dev.custos.ecdsa.multiply;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.CheckFailedException;
import dev.custos.ecdsa.ot.OtChosenSeeds;
import dev.custos.ecdsa.ote.ExtensionMessage;
import dev.custos.ecdsa.ote.ExtensionSender;
import dev.custos.ecdsa.ote.OtExtension;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Alice in DKLs23's random vector OLE: given Bob's OT-extension message and her inputs {@code a_1..a_ℓ}, she replies
 * and keeps {@code c_i} with {@code c_i + d_i = a_i·b}. Her reply carries the DKLs19 consistency check, which makes an
 * Alice who uses different inputs in different OTs fail (she can at best guess single bits of β, which the gadget
 * vector's random tail absorbs). The rows are computed on {@link OrderWords} values with one reduction per sum.
 */
public final class VoleSender {
    private static final int WORDS = OrderWords.WORDS;

    private VoleSender() {}

    /** Alice's reply and her shares. */
    public record Result(VoleResponse response, List<Scalar> shares) {
        public Result {
            requireNonNull(response, "response is null");
            shares = List.copyOf(shares);
        }
    }

    /**
     * Alice's reply to Bob's OT-extension message, with a fresh random mask input and salt.
     *
     * @throws CheckFailedException if Bob's OT-extension message fails the KOS consistency check
     */
    public static Result respond(
            OtChosenSeeds seeds, byte[] session, ExtensionMessage request, List<Scalar> inputs, SecureRandom random)
            throws CheckFailedException {
        requireNonNull(random, "random is null");
        return respond(seeds, session, request, inputs, Secp256k1.FIELD.random(random), drawSalt(random));
    }

    /**
     * Draws the sender's fresh salt for one multiplication ({@link VoleResponse#SALT_LENGTH} bytes, public once sent):
     * it keys the row hash together with the session, so the pads that mask the sender's inputs are new in every run,
     * whatever session id the caller gives.
     */
    public static byte[] drawSalt(SecureRandom random) {
        byte[] salt = new byte[VoleResponse.SALT_LENGTH];
        requireNonNull(random, "random is null").nextBytes(salt);
        return salt;
    }

    /**
     * As {@link #respond(OtChosenSeeds, byte[], ExtensionMessage, List, SecureRandom)} with the check's random mask
     * input â ({@code ScalarField.random}: fresh, uniform, secret; ownership passes here, it is wiped) and the salt
     * ({@link #drawSalt}: fresh) drawn beforehand, so that the randomness can be drawn in order on one thread and the
     * work run on another.
     *
     * @throws CheckFailedException if Bob's OT-extension message fails the KOS consistency check
     */
    public static Result respond(
            OtChosenSeeds seeds,
            byte[] session,
            ExtensionMessage request,
            List<Scalar> inputs,
            Scalar maskInput,
            byte[] salt)
            throws CheckFailedException {
        requireNonNull(inputs, "inputs is null");
        requireNonNull(maskInput, "maskInput is null");
        requireNonNull(salt, "salt is null");
        if (salt.length != VoleResponse.SALT_LENGTH) {
            throw new IllegalArgumentException("salt must be " + VoleResponse.SALT_LENGTH + " bytes");
        }
        int count = inputs.size();
        if (count < 1 || count > VoleResponse.MAX_INPUTS) {
            throw new IllegalArgumentException("inputs must have 1 to " + VoleResponse.MAX_INPUTS + " scalars");
        }
        ExtensionSender extension = ExtensionSender.receive(seeds, session, request);
        int width = count + 1;
        int rows = OtExtension.USABLE_ROWS;
        long[] correlation = new long[width * WORDS];
        for (int i = 0; i < count; i++) {
            OrderWords.fromScalar(requireNonNull(inputs.get(i), "input is null"), correlation, i * WORDS);
        }
        OrderWords.fromScalar(maskInput, correlation, count * WORDS);
        long[] zeroPads = new long[rows * width * WORDS]; // Alice's shares z^A_j, row by row
        long[] onePads = new long[width * WORDS];
        long[] row = new long[2];
        byte[] corrections = new byte[VoleResponse.correctionBytes(count)];
        RowHash hash = new RowHash(session, salt);
        for (int j = 0; j < rows; j++) {
            int base = j * width * WORDS;
            extension.rowWords(j, 0, row);
            hash.pads(j, row[0], row[1], width, zeroPads, base);
            extension.rowWords(j, 1, row);
            hash.pads(j, row[0], row[1], width, onePads, 0);
            for (int k = 0; k < width; k++) {
                // τ_{j,k} = H1_{j,k} − H0_{j,k} + α_k, computed in place in onePads
                OrderWords.subtract(onePads, k * WORDS, zeroPads, base + k * WORDS, onePads, k * WORDS);
                OrderWords.add(onePads, k * WORDS, correlation, k * WORDS, onePads, k * WORDS);
                OrderWords.encode(onePads, k * WORDS, corrections, (j * width + k) * OrderWords.BYTES);
            }
        }
        extension.wipe();
        hash.wipe();
        Arrays.fill(row, 0);
        Arrays.fill(onePads, 0);
        PublicFactor[] weights = VoleChallenge.factors(session, salt, count, corrections);
        long[] checkRow = new long[WORDS];
        long[] product = new long[WORDS];
        byte[] checkRows = new byte[VoleResponse.checkRowBytes()];
        for (int j = 0; j < rows; j++) {
            int base = j * width * WORDS;
            // r_j = ẑ^A_j + Σ χ_i z^A_{j,i}
            System.arraycopy(zeroPads, base + count * WORDS, checkRow, 0, WORDS);
            PublicFactor.addWeighted(weights, zeroPads, base, product, checkRow, 0);
            OrderWords.encode(checkRow, 0, checkRows, j * OrderWords.BYTES);
        }
        // u = â + Σ χ_i a_i
        System.arraycopy(correlation, count * WORDS, checkRow, 0, WORDS);
        PublicFactor.addWeighted(weights, correlation, 0, product, checkRow, 0);
        Scalar checkSum = OrderWords.toScalar(checkRow, 0);
        WideAccumulator accumulator = new WideAccumulator();
        List<Scalar> shares = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shares.add(Gadget.innerProduct(zeroPads, width, i, accumulator));
        }
        Arrays.fill(zeroPads, 0);
        Arrays.fill(correlation, 0);
        Arrays.fill(checkRow, 0);
        Arrays.fill(product, 0);
        accumulator.wipe();
        maskInput.wipe();
        return new Result(new VoleResponse(count, salt, corrections, checkRows, checkSum), shares);
    }
}
