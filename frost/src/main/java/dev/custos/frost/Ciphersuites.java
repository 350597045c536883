package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/** The supported FROST ciphersuites, by name and by wire identifier. */
public final class Ciphersuites {
    private Ciphersuites() {}

    /** FROST(Ed25519, SHA-512). */
    public static Ciphersuite ed25519() {
        return Ed25519Sha512.INSTANCE;
    }

    /** FROST(secp256k1, SHA-256). */
    public static Ciphersuite secp256k1() {
        return Secp256k1Sha256.INSTANCE;
    }

    /** FROST(secp256k1, SHA-256) with BIP340 signatures (ZF {@code frost-secp256k1-tr}). */
    public static Ciphersuite secp256k1Taproot() {
        return Secp256k1Taproot.INSTANCE;
    }

    public static List<Ciphersuite> all() {
        return List.of(ed25519(), secp256k1(), secp256k1Taproot());
    }

    /**
     * The suite named {@code ed25519}, {@code secp256k1} or {@code secp256k1-tr} (case-insensitive).
     *
     * @throws IllegalArgumentException for any other name, listing the accepted ones
     */
    public static Ciphersuite byName(String name) {
        requireNonNull(name, "name is null");
        String normalized = name.trim().toLowerCase(Locale.ROOT);
        for (Ciphersuite suite : all()) {
            if (suite.name().equals(normalized)) {
                return suite;
            }
        }
        throw new IllegalArgumentException(
                "unknown ciphersuite '" + name + "'; expected one of ed25519, secp256k1, secp256k1-tr");
    }

    /**
     * The suite with wire identifier {@code id}.
     *
     * @throws IllegalArgumentException for an unknown identifier
     */
    public static Ciphersuite byId(int id) {
        for (Ciphersuite suite : all()) {
            if (suite.id() == id) {
                return suite;
            }
        }
        throw new IllegalArgumentException("unknown ciphersuite id " + id);
    }
}
