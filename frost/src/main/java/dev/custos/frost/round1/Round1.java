package dev.custos.frost.round1;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.internal.Hashes;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.SigningShare;
import java.security.SecureRandom;
import java.util.Arrays;

/** FROST round one (RFC 9591 §5.1): each signer generates fresh nonces and publishes their commitments. */
public final class Round1 {
    /** Bytes of fresh randomness per nonce (RFC 9591 §4.1 {@code random_bytes(32)}). */
    public static final int RANDOMNESS_LENGTH = 32;

    private Round1() {}

    /**
     * Generates hedged nonces {@code H3(random_bytes(32) || SerializeScalar(s_i))} (RFC 9591 §4.1) for one signing
     * operation. Send {@link SigningNonces#commitments()} to the coordinator; keep the nonces secret and use them once.
     */
    public static SigningNonces commit(KeyPackage keyPackage, SecureRandom random) {
        requireNonNull(keyPackage, "keyPackage is null");
        requireNonNull(random, "random is null");
        byte[] hidingRandomness = new byte[RANDOMNESS_LENGTH];
        byte[] bindingRandomness = new byte[RANDOMNESS_LENGTH];
        random.nextBytes(hidingRandomness);
        random.nextBytes(bindingRandomness);
        try {
            return commit(keyPackage.identifier(), keyPackage.signingShare(), hidingRandomness, bindingRandomness);
        } finally {
            Arrays.fill(hidingRandomness, (byte) 0);
            Arrays.fill(bindingRandomness, (byte) 0);
        }
    }

    /** Deterministic variant for test vectors only: the caller supplies the "random" bytes. */
    static SigningNonces commit(
            Identifier identifier, SigningShare signingShare, byte[] hidingRandomness, byte[] bindingRandomness) {
        requireNonNull(identifier, "identifier is null");
        requireNonNull(signingShare, "signingShare is null");
        Ciphersuite suite = signingShare.suite();
        Scalar hiding = generateNonce(signingShare, hidingRandomness);
        Scalar binding = generateNonce(signingShare, bindingRandomness);
        return new SigningNonces(suite, identifier, hiding, binding);
    }

    /** RFC 9591 {@code nonce_generate}: {@code H3(random_bytes || SerializeScalar(secret))}. */
    static Scalar generateNonce(SigningShare secret, byte[] randomness) {
        requireNonNull(randomness, "randomness is null");
        if (randomness.length != RANDOMNESS_LENGTH) {
            throw new IllegalArgumentException("nonce randomness must be " + RANDOMNESS_LENGTH + " bytes");
        }
        byte[] secretBytes = secret.toBytes();
        byte[] input = Hashes.concatenate(randomness, secretBytes);
        try {
            return secret.suite().h3(input);
        } finally {
            Arrays.fill(secretBytes, (byte) 0);
            Arrays.fill(input, (byte) 0);
        }
    }
}
