package dev.custos.ecdsa.multiply;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.CheckFailedException;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.ot.OtSeedPairs;
import dev.custos.ecdsa.ote.ExtensionMessage;
import dev.custos.ecdsa.ote.ExtensionReceiver;
import dev.custos.ecdsa.ote.OtExtension;
import java.security.SecureRandom;

/**
 * Bob in DKLs23's random vector OLE (Functionality 3.5 realised after DKLs19 Protocol 1 in two messages): his input
 * {@code b = Σ g_j·β_j} comes from the random choice bits β of an OT extension. After Alice's reply he holds
 * {@code d_i} with {@code c_i + d_i = a_i·b} for each of Alice's inputs {@code a_i}. Single use.
 */
public final class VoleReceiver {
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
        requireNonNull(seeds, "seeds is null");
        requireNonNull(session, "session is null");
        ExtensionReceiver extension = ExtensionReceiver.extend(seeds, session, random);
        Scalar[] bits = new Scalar[OtExtension.USABLE_ROWS];
        for (int j = 0; j < bits.length; j++) {
            bits[j] = Secp256k1.FIELD.of(extension.choice(j)); // branch-free on the secret bit
        }
        return new VoleReceiver(session.clone(), extension, Gadget.innerProduct(bits));
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
        Scalar[] weights = VoleChallenge.weights(session, inputs, response.corrections());
        Scalar checkSum = response.checkSum();
        Scalar[][] shares = new Scalar[inputs][OtExtension.USABLE_ROWS];
        boolean consistent = true;
        Hasher rowPrefix = RowHash.prefix(session);
        for (int j = 0; j < OtExtension.USABLE_ROWS; j++) {
            Scalar[] pad = RowHash.scalars(rowPrefix, j, extension.row(j), width);
            // z^B_j = x_j·τ_j − H(t_j), computed without branching on the secret choice bit x_j
            Scalar bit = Secp256k1.FIELD.of(extension.choice(j));
            Scalar[] share = new Scalar[width];
            for (int k = 0; k < width; k++) {
                share[k] =
                        bit.multiply(response.corrections().get(j * width + k)).subtract(pad[k]);
            }
            Scalar combined = share[inputs].add(response.checkRows().get(j));
            for (int i = 0; i < inputs; i++) {
                combined = combined.add(weights[i].multiply(share[i]));
                shares[i][j] = share[i];
            }
            Scalar expected = bit.multiply(checkSum);
            consistent &= combined.equals(expected);
        }
        extension.wipe();
        if (!consistent) {
            throw new CheckFailedException("multiplication consistency check failed");
        }
        Scalar[] out = new Scalar[inputs];
        for (int i = 0; i < inputs; i++) {
            out[i] = Gadget.innerProduct(shares[i]);
        }
        return out;
    }
}
