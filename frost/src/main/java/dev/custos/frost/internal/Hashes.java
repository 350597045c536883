package dev.custos.frost.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Plain and tagged hashes used by the ciphersuites. Not part of the public API. */
public final class Hashes {
    private Hashes() {}

    /** SHA-256 over the concatenation of {@code parts}. */
    public static byte[] sha256(byte[]... parts) {
        return digest(ExpandMessageXmd.sha256(), parts);
    }

    /** SHA-512 over the concatenation of {@code parts}. */
    public static byte[] sha512(byte[]... parts) {
        try {
            return digest(MessageDigest.getInstance("SHA-512"), parts);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required by every Java platform", e);
        }
    }

    /** BIP340 tagged hash: {@code SHA256(SHA256(tag) || SHA256(tag) || parts...)}. */
    public static byte[] taggedSha256(String tag, byte[]... parts) {
        byte[] tagHash = sha256(tag.getBytes(UTF_8));
        MessageDigest digest = ExpandMessageXmd.sha256();
        digest.update(tagHash);
        digest.update(tagHash);
        return digest(digest, parts);
    }

    /** ASCII bytes of a context string or label. */
    public static byte[] ascii(String text) {
        return text.getBytes(US_ASCII);
    }

    /** Concatenation of {@code parts}. */
    public static byte[] concatenate(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, offset, part.length);
            offset += part.length;
        }
        return out;
    }

    private static byte[] digest(MessageDigest digest, byte[]... parts) {
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
