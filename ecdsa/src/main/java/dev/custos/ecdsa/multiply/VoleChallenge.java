package dev.custos.ecdsa.multiply;

import dev.custos.ecdsa.internal.Hasher;

/**
 * The Fiat-Shamir weights χ_1..χ_ℓ of the multiplication check, bound to the session, the sender's salt and all
 * corrections (hashed as their wire encoding: fixed-size scalars, so the byte string is unambiguous).
 */
final class VoleChallenge {
    private VoleChallenge() {}

    /** The weights as factors for {@link PublicFactor#multiply}. */
    static PublicFactor[] factors(byte[] session, byte[] salt, int inputs, byte[] corrections) {
        long[] words = weights(session, salt, inputs, corrections);
        PublicFactor[] factors = new PublicFactor[inputs];
        for (int i = 0; i < inputs; i++) {
            factors[i] = new PublicFactor(words, i * OrderWords.WORDS);
        }
        return factors;
    }

    /** The weights as {@link OrderWords} values, weight i at word 4i. */
    static long[] weights(byte[] session, byte[] salt, int inputs, byte[] corrections) {
        byte[] seed = Hasher.sha256("vole-challenge/v3")
                .put(session)
                .put(salt)
                .putInt(inputs)
                .put(corrections)
                .digest();
        long[] weights = new long[inputs * OrderWords.WORDS];
        for (int i = 0; i < inputs; i++) {
            OrderWords.fromScalar(
                    Hasher.sha512("vole-weight").put(seed).putInt(i).digestScalar(), weights, i * OrderWords.WORDS);
        }
        return weights;
    }
}
