package dev.custos.node.envelope;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 32-byte identifier of one protocol run (a key generation, a signing). Every envelope names its session, and an
 * inbox accepts only its own, so that no envelope can be replayed into another run. Public.
 */
public final class SessionId {
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private SessionId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The session with these bytes; {@code bytes} must be 32 bytes. */
    public static SessionId of(byte[] bytes) {
        requireNonNull(bytes, "bytes is null");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a session id is " + LENGTH + " bytes, got " + bytes.length);
        }
        return new SessionId(bytes.clone());
    }

    /** A fresh random session id. */
    public static SessionId random(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new SessionId(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionId other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SessionId[" + toHex() + "]";
    }
}
