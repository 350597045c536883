package dev.custos.crypto.group.secp256k1;

import java.util.ArrayList;
import java.util.List;

/** The groups under test: every backend available on this machine. */
final class Secp256k1Groups {
    private Secp256k1Groups() {}

    static List<Secp256k1Group> available() {
        List<Secp256k1Group> groups = new ArrayList<>();
        groups.add(Secp256k1Group.withBackend(Secp256k1Backend.BOUNCY_CASTLE));
        if (Secp256k1Group.isNativeAvailable()) {
            groups.add(Secp256k1Group.withBackend(Secp256k1Backend.LIBSECP256K1));
        }
        return groups;
    }
}
