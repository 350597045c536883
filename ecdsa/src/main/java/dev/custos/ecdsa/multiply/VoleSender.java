package dev.custos.ecdsa.multiply;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.CheckFailedException;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.ot.OtChosenSeeds;
import dev.custos.ecdsa.ote.ExtensionMessage;
import dev.custos.ecdsa.ote.ExtensionSender;
import dev.custos.ecdsa.ote.OtExtension;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Alice in DKLs23's random vector OLE: given Bob's OT-extension message and her inputs {@code a_1..a_ℓ}, she replies
 * and keeps {@code c_i} with {@code c_i + d_i = a_i·b}. Her reply carries the DKLs19 consistency check, which makes an
 * Alice who uses different inputs in different OTs fail (she can at best guess single bits of β, which the gadget
 * vector's random tail absorbs).
 */
public final class VoleSender {
    private VoleSender() {}

    /** Alice's reply and her shares. */
    public record Result(VoleResponse response, List<Scalar> shares) {
        public Result {
            requireNonNull(response, "response is null");
            shares = List.copyOf(shares);
        }
    }

    /**
     * @throws CheckFailedException if Bob's OT-extension message fails the KOS consistency check
     */
    public static Result respond(
            OtChosenSeeds seeds, byte[] session, ExtensionMessage request, List<Scalar> inputs, SecureRandom random)
            throws CheckFailedException {
        requireNonNull(inputs, "inputs is null");
        requireNonNull(random, "random is null");
        int count = inputs.size();
        if (count < 1 || count > VoleResponse.MAX_INPUTS) {
            throw new IllegalArgumentException("inputs must have 1 to " + VoleResponse.MAX_INPUTS + " scalars");
        }
        ExtensionSender extension = ExtensionSender.receive(seeds, session, request);
        int width = count + 1;
        Scalar[] correlation = new Scalar[width];
        for (int i = 0; i < count; i++) {
            correlation[i] = requireNonNull(inputs.get(i), "input is null");
        }
        correlation[count] = Secp256k1.FIELD.random(random);
        List<Scalar> corrections = new ArrayList<>(OtExtension.USABLE_ROWS * width);
        Scalar[][] shares = new Scalar[width][OtExtension.USABLE_ROWS];
        Hasher rowPrefix = RowHash.prefix(session);
        for (int j = 0; j < OtExtension.USABLE_ROWS; j++) {
            Scalar[] zeroPad = RowHash.scalars(rowPrefix, j, extension.zeroRow(j), width);
            Scalar[] onePad = RowHash.scalars(rowPrefix, j, extension.oneRow(j), width);
            for (int k = 0; k < width; k++) {
                shares[k][j] = zeroPad[k];
                corrections.add(onePad[k].subtract(zeroPad[k]).add(correlation[k]));
            }
        }
        extension.wipe();
        Scalar[] weights = VoleChallenge.weights(session, count, corrections);
        List<Scalar> checkRows = new ArrayList<>(OtExtension.USABLE_ROWS);
        for (int j = 0; j < OtExtension.USABLE_ROWS; j++) {
            Scalar row = shares[count][j];
            for (int i = 0; i < count; i++) {
                row = row.add(weights[i].multiply(shares[i][j]));
            }
            checkRows.add(row);
        }
        Scalar checkSum = correlation[count];
        for (int i = 0; i < count; i++) {
            checkSum = checkSum.add(weights[i].multiply(correlation[i]));
        }
        List<Scalar> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Gadget.innerProduct(shares[i]));
        }
        correlation[count].wipe();
        return new Result(new VoleResponse(count, corrections, checkRows, checkSum), out);
    }
}
