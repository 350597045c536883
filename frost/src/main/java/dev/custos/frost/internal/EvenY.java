package dev.custos.frost.internal;

import dev.custos.crypto.group.Element;
import java.util.Arrays;

/** BIP340 helpers over compressed SEC1 encodings of secp256k1 points. Not part of the public API. */
public final class EvenY {
    private static final byte EVEN_PREFIX = 0x02;

    private EvenY() {}

    /** Whether the (non-identity) secp256k1 point has an even Y coordinate. */
    public static boolean hasEvenY(Element element) {
        return element.encode()[0] == EVEN_PREFIX;
    }

    /** The point itself if its Y is even, otherwise its negation. */
    public static Element toEvenY(Element element) {
        return hasEvenY(element) ? element : element.negate();
    }

    /** The 32-byte big-endian X coordinate. */
    public static byte[] xOnly(Element element) {
        byte[] compressed = element.encode();
        return Arrays.copyOfRange(compressed, 1, compressed.length);
    }

    /** The compressed encoding of the even-Y point with X coordinate {@code xOnly} (to be decoded by the group). */
    public static byte[] liftXEncoding(byte[] xOnly) {
        byte[] compressed = new byte[xOnly.length + 1];
        compressed[0] = EVEN_PREFIX;
        System.arraycopy(xOnly, 0, compressed, 1, xOnly.length);
        return compressed;
    }
}
