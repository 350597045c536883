package dev.custos.frost.round1;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Identifier;
import dev.custos.frost.keys.SigningShare;

/** Opens round one's package-private deterministic nonce generation to tests in other packages. */
public final class RoundOneTestAccess {
    private RoundOneTestAccess() {}

    public static SigningNonces commit(
            Identifier identifier, SigningShare share, byte[] hidingRandomness, byte[] bindingRandomness) {
        return Round1.commit(identifier, share, hidingRandomness, bindingRandomness);
    }

    public static Scalar generateNonce(SigningShare share, byte[] randomness) {
        return Round1.generateNonce(share, randomness);
    }
}
