package dev.custos.server.console.session;

import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A session id: 256 random bits, in the cookie as 43 base64url characters. The server keeps only its SHA-256; the
 * session's CSRF token is a second hash of it under its own domain, so neither the database nor a page reveals the id.
 */
final class SessionId {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final byte[] CSRF_DOMAIN = "custos console csrf v1\0".getBytes(StandardCharsets.US_ASCII);

    private final SecretBytes bytes;

    private SessionId(SecretBytes bytes) {
        this.bytes = bytes;
    }

    static SessionId random(SecureRandom random) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        SessionId id = new SessionId(SecretBytes.copyOf(fresh));
        java.util.Arrays.fill(fresh, (byte) 0);
        return id;
    }

    /** The id in a cookie value, if it is well formed. */
    static Optional<SessionId> parse(String cookie) {
        if (cookie == null || !FORMAT.matcher(cookie).matches()) {
            return Optional.empty();
        }
        byte[] decoded = Base64.getUrlDecoder().decode(cookie);
        SessionId id = new SessionId(SecretBytes.copyOf(decoded));
        java.util.Arrays.fill(decoded, (byte) 0);
        return Optional.of(id);
    }

    /** The cookie value. */
    String cookieValue() {
        byte[] copy = bytes.copy();
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(copy);
        } finally {
            java.util.Arrays.fill(copy, (byte) 0);
        }
    }

    /** What the store keeps: hex SHA-256 of the 32 bytes. */
    String hash() {
        byte[] copy = bytes.copy();
        try {
            return HexFormat.of().formatHex(sha256().digest(copy));
        } finally {
            java.util.Arrays.fill(copy, (byte) 0);
        }
    }

    /** The CSRF token of this session: base64url SHA-256 over a domain string and the id. */
    String csrfToken() {
        byte[] copy = bytes.copy();
        try {
            MessageDigest digest = sha256();
            digest.update(CSRF_DOMAIN);
            digest.update(copy);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
        } finally {
            java.util.Arrays.fill(copy, (byte) 0);
        }
    }

    void destroy() {
        bytes.destroy();
    }

    @Override
    public String toString() {
        return "SessionId[redacted]";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
