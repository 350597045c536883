package dev.custos.types;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * Raw secret bytes (a seed, a symmetric key, a chain code) that can be destroyed.
 *
 * <p>It keeps its own copy: {@link #copyOf(byte[])} copies in and {@link #copy()} copies out, so wiping this object never
 * depends on callers. It prints as {@code SecretBytes[<redacted>]}, has identity {@code equals}/{@code hashCode} (compare
 * with {@link #equalsSecret}, constant time for equal lengths), and any use after {@link #destroy()} throws
 * {@link IllegalStateException}.
 */
public final class SecretBytes implements Destroyable {
    private final byte[] bytes;
    private volatile boolean destroyed;

    private SecretBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}; the caller should wipe its own array when done. */
    public static SecretBytes copyOf(byte[] bytes) {
        return new SecretBytes(Objects.requireNonNull(bytes, "bytes is null").clone());
    }

    /**
     * A fresh copy of the bytes, which the caller owns and should wipe after use.
     *
     * @throws IllegalStateException if destroyed
     */
    public byte[] copy() {
        requireLive();
        return bytes.clone();
    }

    /** The number of bytes (not secret; still available after {@link #destroy()}). */
    public int length() {
        return bytes.length;
    }

    /**
     * Whether both hold the same bytes, by {@link MessageDigest#isEqual} (constant time for equal lengths; the length is
     * not secret).
     *
     * @throws IllegalStateException if either is destroyed
     */
    public boolean equalsSecret(SecretBytes other) {
        Objects.requireNonNull(other, "other is null");
        requireLive();
        other.requireLive();
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    /** Overwrites the bytes with zero. Idempotent. */
    @Override
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void requireLive() {
        if (destroyed) {
            throw new IllegalStateException("destroyed");
        }
    }

    @Override
    public String toString() {
        return "SecretBytes[<redacted>]";
    }
}
