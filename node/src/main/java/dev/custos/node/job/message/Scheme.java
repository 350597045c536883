package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The signature schemes a wallet can use, by their names in the API and on the wire. */
public enum Scheme {
    /** Threshold ECDSA on secp256k1 (DKLs23): Ethereum and other EVM chains. */
    ECDSA_SECP256K1("ecdsa-secp256k1"),
    /** FROST over Ed25519 (RFC 9591): Solana. */
    FROST_ED25519("frost-ed25519"),
    /** FROST over secp256k1 with BIP340/BIP341 Taproot output: Bitcoin key-path spends. */
    FROST_SECP256K1_TR("frost-secp256k1-tr");

    private final String wireName;

    Scheme(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire and in the API, such as {@code ecdsa-secp256k1}. */
    public String wireName() {
        return wireName;
    }

    /** Whether this is one of the FROST suites. */
    public boolean isFrost() {
        return this != ECDSA_SECP256K1;
    }

    /** The scheme named {@code name}, if there is one. */
    public static Optional<Scheme> byName(String name) {
        requireNonNull(name, "name is null");
        for (Scheme scheme : values()) {
            if (scheme.wireName.equals(name)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
