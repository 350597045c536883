package dev.custos.ecdsa.internal;

/**
 * A pseudorandom generator: SHA-256 in counter mode over a seed, a session and an index, so that one base-OT seed serves
 * many extension sessions with independent outputs.
 */
public final class Prg {
    private static final int BLOCK = 32;

    private Prg() {}

    /** {@code length} pseudorandom bytes: block c is SHA-256(domain, seed, session, index, c). */
    public static byte[] expand(byte[] seed, byte[] session, int index, int length) {
        Hasher prefix = Hasher.sha256("prg").put(seed).put(session).putInt(index);
        int blocks = (length + BLOCK - 1) / BLOCK;
        byte[] out = new byte[blocks * BLOCK];
        for (int c = 0; c < blocks; c++) {
            Hasher block = c == blocks - 1 ? prefix : prefix.copy();
            block.putInt(c).digestInto(out, c * BLOCK);
        }
        if (out.length == length) {
            return out;
        }
        byte[] trimmed = java.util.Arrays.copyOf(out, length);
        java.util.Arrays.fill(out, (byte) 0);
        return trimmed;
    }
}
