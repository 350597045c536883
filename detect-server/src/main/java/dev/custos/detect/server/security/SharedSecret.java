package dev.custos.detect.server.security;

import static java.util.Objects.requireNonNull;

import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Destroyable;

/**
 * A secret shared with clients or receivers: the API bearer token or a webhook signing secret. Redacts {@link
 * #toString()}, has no value {@code equals}, compares in constant time and can be destroyed. The bytes are held in a
 * {@link SecretBytes}.
 */
public final class SharedSecret implements Destroyable {
    /** Shortest accepted secret, in bytes: 128 bits of hex or 96 bits of base64 at the least. */
    public static final int MIN_LENGTH = 16;

    private static final int MAX_LENGTH = 4096;

    private final SecretBytes secret;

    private SharedSecret(SecretBytes secret) {
        this.secret = secret;
    }

    /**
     * The secret from its text (surrounding whitespace, such as the file's final newline, is stripped).
     *
     * @throws IllegalArgumentException when shorter than {@link #MIN_LENGTH} bytes or longer than 4096
     */
    public static SharedSecret of(String text) {
        requireNonNull(text, "text is null");
        byte[] value = text.strip().getBytes(StandardCharsets.UTF_8);
        if (value.length < MIN_LENGTH) {
            Arrays.fill(value, (byte) 0);
            throw new IllegalArgumentException("secret is shorter than " + MIN_LENGTH + " bytes");
        }
        if (value.length > MAX_LENGTH) {
            Arrays.fill(value, (byte) 0);
            throw new IllegalArgumentException("secret is longer than " + MAX_LENGTH + " bytes");
        }
        try {
            return new SharedSecret(SecretBytes.copyOf(value));
        } finally {
            Arrays.fill(value, (byte) 0);
        }
    }

    /**
     * Reads a secret file ({@code what} names it in errors, e.g. "token file").
     *
     * @throws IOException when unreadable
     * @throws IllegalArgumentException when the content is too short or too long
     */
    public static SharedSecret readFile(Path file, String what) throws IOException {
        requireNonNull(file, "file is null");
        requireNonNull(what, "what is null");
        if (Files.size(file) > MAX_LENGTH * 2L) {
            throw new IllegalArgumentException(what + " " + file + " is larger than " + MAX_LENGTH * 2 + " bytes");
        }
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when {@code presented} is this secret. Constant time in the content of both: the two are hashed with
     * SHA-256 first, so that not even the length is compared early.
     */
    public boolean matches(String presented) {
        requireNonNull(presented, "presented is null");
        checkNotDestroyed();
        byte[] own = secret.copy();
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        try {
            return MessageDigest.isEqual(sha256(own), sha256(given));
        } finally {
            Arrays.fill(own, (byte) 0);
            Arrays.fill(given, (byte) 0);
        }
    }

    /** HMAC-SHA256 of {@code message} keyed with this secret. */
    public byte[] hmacSha256(byte[] message) {
        requireNonNull(message, "message is null");
        checkNotDestroyed();
        byte[] key = secret.copy();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public void destroy() {
        secret.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return secret.isDestroyed();
    }

    @Override
    public String toString() {
        return "SharedSecret[<redacted>]";
    }

    private void checkNotDestroyed() {
        if (secret.isDestroyed()) {
            throw new IllegalStateException("secret is destroyed");
        }
    }

    private static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
