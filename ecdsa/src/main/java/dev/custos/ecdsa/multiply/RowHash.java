package dev.custos.ecdsa.multiply;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.Hasher;
import java.util.Arrays;

/**
 * Turns an OT-extension row into {@code width} pseudorandom scalars: the random OT message for that row, expanded to the
 * correlation's width. Scalar k is SHA-256(domain, session, row, k, key) reduced modulo q (bias about 2^-128 for
 * secp256k1, whose order is within 2^129 of 2^256). SHA-256 rather than SHA-512 because it has CPU instructions on
 * current x86 and ARM servers.
 */
final class RowHash {
    private RowHash() {}

    /** The hash state after the domain and session, shared by all rows of one multiplication. */
    static Hasher prefix(byte[] session) {
        return Hasher.sha256("vole-row").put(session);
    }

    static Scalar[] scalars(Hasher prefix, int row, byte[] key, int width) {
        Scalar[] out = new Scalar[width];
        for (int k = 0; k < width; k++) {
            byte[] digest = prefix.copy().putInt(row).putInt(k).put(key).digest();
            out[k] = Secp256k1.FIELD.reduce(digest);
            Arrays.fill(digest, (byte) 0);
        }
        return out;
    }
}
