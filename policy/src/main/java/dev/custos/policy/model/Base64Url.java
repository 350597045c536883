package dev.custos.policy.model;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Strict unpadded base64url (RFC 4648 §5), as WebAuthn encodes credential ids and challenges: only the URL-safe
 * alphabet, no padding, no whitespace, and no length that leaves stray bits.
 */
public final class Base64Url {
    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9_-]*");

    private Base64Url() {}

    /** The bytes {@code text} encodes; the message of the exception names {@code what}. */
    public static byte[] decode(String text, String what) {
        if (!ALPHABET.matcher(text).matches() || text.length() % 4 == 1) {
            throw new IllegalArgumentException(what + " is not unpadded base64url");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not unpadded base64url", e);
        }
        if (!encode(bytes).equals(text)) {
            throw new IllegalArgumentException(what + " is not canonical base64url (stray bits in its last character)");
        }
        return bytes;
    }

    /** Unpadded base64url of {@code bytes}. */
    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
