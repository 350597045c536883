package dev.custos.ecdsa;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 32-byte protocol session identifier. Every DKG, presigning and refresh run needs a fresh one: it binds every hash,
 * proof and OT extension to the run, so that no message can be replayed into another. Public.
 */
public final class SessionId {
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private SessionId(byte[] bytes) {
        this.bytes = bytes;
    }

    public static SessionId of(byte[] bytes) {
        requireNonNull(bytes, "bytes is null");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("session id must be " + LENGTH + " bytes, got " + bytes.length);
        }
        return new SessionId(bytes.clone());
    }

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
