package dev.custos.ecdsa.multiply;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.Hasher;
import java.util.Arrays;

/**
 * Turns an OT-extension row into {@code width} pseudorandom scalars: the random OT message for that row, expanded to the
 * correlation's width. Each 32-byte half of a SHA-512 output is reduced modulo q (bias about 2^-128 for secp256k1).
 */
final class RowHash {
    private RowHash() {}

    /** The hash state after the domain and session, shared by all rows of one multiplication. */
    static Hasher prefix(byte[] session) {
        return Hasher.sha512("vole-row").put(session);
    }

    static Scalar[] scalars(Hasher prefix, int row, byte[] key, int width) {
        Scalar[] out = new Scalar[width];
        byte[] half = new byte[32];
        for (int block = 0; 2 * block < width; block++) {
            byte[] digest = prefix.copy().putInt(row).putInt(block).put(key).digest();
            for (int h = 0; h < 2 && 2 * block + h < width; h++) {
                System.arraycopy(digest, 32 * h, half, 0, 32);
                out[2 * block + h] = Secp256k1.FIELD.reduce(half);
            }
            Arrays.fill(digest, (byte) 0);
        }
        Arrays.fill(half, (byte) 0);
        return out;
    }
}
