package dev.custos.chain.ethereum;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** Keccak-256 as used by Ethereum (the original Keccak padding, not SHA3-256). */
public final class Keccak256 {
    public static final int LENGTH = 32;

    private Keccak256() {}

    /** Hashes the concatenation of {@code parts}. */
    public static byte[] hash(byte[]... parts) {
        KeccakDigest digest = new KeccakDigest(256);
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[LENGTH];
        digest.doFinal(out, 0);
        return out;
    }

    /** Hashes the UTF-8 bytes of {@code text}, e.g. a function or type signature. */
    public static byte[] hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }
}
