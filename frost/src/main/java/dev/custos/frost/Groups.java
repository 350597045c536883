package dev.custos.frost;

import dev.custos.crypto.group.Group;
import dev.custos.crypto.group.ed25519.Ed25519Group;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;

/** Resolves the crypto module's group implementations for the ciphersuites. */
final class Groups {
    private Groups() {}

    static Group ed25519() {
        return Ed25519Group.INSTANCE;
    }

    /** The secp256k1 group with the backend chosen by the system property (libsecp256k1 where available). */
    static Group secp256k1() {
        return Secp256k1Group.instance();
    }
}
