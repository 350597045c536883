package dev.custos.ecdsa.multiply;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.internal.Hasher;
import java.util.List;

/** The Fiat-Shamir weights χ_1..χ_ℓ of the multiplication check, bound to the session and all corrections. */
final class VoleChallenge {
    private VoleChallenge() {}

    static Scalar[] weights(byte[] session, int inputs, List<Scalar> corrections) {
        Hasher hasher = Hasher.sha256("vole-challenge").put(session).putInt(inputs);
        for (Scalar correction : corrections) {
            hasher.put(correction);
        }
        byte[] seed = hasher.digest();
        Scalar[] weights = new Scalar[inputs];
        for (int i = 0; i < inputs; i++) {
            weights[i] = Hasher.sha512("vole-weight").put(seed).putInt(i).digestScalar();
        }
        return weights;
    }
}
