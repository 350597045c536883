package dev.custos.audit.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Standard base64 (RFC 4648 §4, padded) decoding that accepts only the canonical encoding: the one that encodes the
 * decoded bytes back to the same string, so that no two strings stand for one value.
 */
public final class CanonicalBase64 {
    private CanonicalBase64() {}

    /** The bytes {@code text} encodes, or empty if it is not canonical padded base64. */
    public static Optional<byte[]> decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Base64.getEncoder().encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    }

    /**
     * The bytes the base64 {@code text} encodes, or empty if it is not canonical; {@code text} and every intermediate
     * copy are wiped, for secrets.
     */
    static Optional<byte[]> decodeSecret(byte[] text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            Arrays.fill(text, (byte) 0);
            return Optional.empty();
        }
        byte[] again = Base64.getEncoder().encode(bytes);
        boolean canonical = Arrays.equals(again, text);
        Arrays.fill(again, (byte) 0);
        Arrays.fill(text, (byte) 0);
        if (!canonical) {
            Arrays.fill(bytes, (byte) 0);
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
