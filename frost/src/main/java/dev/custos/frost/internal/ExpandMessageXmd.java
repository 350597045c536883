package dev.custos.frost.internal;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code expand_message_xmd} with SHA-256 (RFC 9380 §5.3.1), used by hash_to_field for the secp256k1 ciphersuites.
 * Not part of the public API.
 */
public final class ExpandMessageXmd {
    private static final int DIGEST_BYTES = 32; // b_in_bytes for SHA-256
    private static final int BLOCK_BYTES = 64; // s_in_bytes for SHA-256
    private static final int MAX_DST_BYTES = 255;

    private ExpandMessageXmd() {}

    /**
     * Expands {@code message} to {@code length} uniform bytes under domain separation tag {@code dst}.
     *
     * @throws IllegalArgumentException if {@code dst} is longer than 255 bytes or {@code length} is out of range
     */
    public static byte[] sha256(byte[] message, byte[] dst, int length) {
        requireNonNull(message, "message is null");
        requireNonNull(dst, "dst is null");
        if (dst.length > MAX_DST_BYTES) {
            throw new IllegalArgumentException("dst must be at most 255 bytes; RFC 9380 §5.3.3 oversize DST not used");
        }
        int blocks = ceilDivide(length, DIGEST_BYTES);
        if (length <= 0 || blocks > 255 || length > 65535) {
            throw new IllegalArgumentException("length must be in [1, " + 255 * DIGEST_BYTES + "], got " + length);
        }
        byte[] dstPrime = concatenate(dst, new byte[] {(byte) dst.length});

        MessageDigest digest = sha256();
        digest.update(new byte[BLOCK_BYTES]); // Z_pad
        digest.update(message);
        digest.update(new byte[] {(byte) (length >>> 8), (byte) length}); // l_i_b_str
        digest.update((byte) 0);
        digest.update(dstPrime);
        byte[] b0 = digest.digest();

        digest.update(b0);
        digest.update((byte) 1);
        digest.update(dstPrime);
        byte[] previous = digest.digest();

        ByteArrayOutputStream uniform = new ByteArrayOutputStream(blocks * DIGEST_BYTES);
        uniform.writeBytes(previous);
        for (int i = 2; i <= blocks; i++) {
            byte[] mixed = new byte[DIGEST_BYTES];
            for (int j = 0; j < DIGEST_BYTES; j++) {
                mixed[j] = (byte) (b0[j] ^ previous[j]);
            }
            digest.update(mixed);
            digest.update((byte) i);
            digest.update(dstPrime);
            previous = digest.digest();
            uniform.writeBytes(previous);
        }
        byte[] all = uniform.toByteArray();
        byte[] out = new byte[length];
        System.arraycopy(all, 0, out, 0, length);
        return out;
    }

    private static int ceilDivide(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    private static byte[] concatenate(byte[] first, byte[] second) {
        byte[] out = new byte[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
