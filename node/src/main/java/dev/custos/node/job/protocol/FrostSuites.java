package dev.custos.node.job.protocol;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.node.job.message.Scheme;

/** The FROST ciphersuite of each FROST scheme. */
public final class FrostSuites {
    private FrostSuites() {}

    /**
     * The suite of {@code scheme}.
     *
     * @throws IllegalArgumentException for ECDSA
     */
    public static Ciphersuite of(Scheme scheme) {
        return switch (scheme) {
            case FROST_ED25519 -> Ciphersuites.ed25519();
            case FROST_SECP256K1_TR -> Ciphersuites.secp256k1Taproot();
            case ECDSA_SECP256K1 -> throw new IllegalArgumentException("ECDSA has no FROST ciphersuite");
        };
    }
}
