package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 32-byte identifier of one run of a key lifecycle protocol (DKG, refresh, repair, reshare). All participants of a run
 * must use the same value (the coordinator picks it at random, or it is the hash of the signed ceremony request); every
 * message carries it and is rejected in another run. The DKG proof of knowledge also binds it (see {@link
 * dev.custos.frost.dkg.ProofBinding#CUSTOS_SESSION}). Public, compared by value.
 */
public final class SessionId {
    public static final int LENGTH = 32;

    private final byte[] value;

    private SessionId(byte[] value) {
        this.value = value;
    }

    /** The session id with exactly these 32 bytes. */
    public static SessionId of(byte[] value) {
        requireNonNull(value, "value is null");
        if (value.length != LENGTH) {
            throw new IllegalArgumentException("session id must be " + LENGTH + " bytes, got " + value.length);
        }
        return new SessionId(value.clone());
    }

    /** A fresh random session id. */
    public static SessionId random(SecureRandom random) {
        requireNonNull(random, "random is null");
        byte[] value = new byte[LENGTH];
        random.nextBytes(value);
        return new SessionId(value);
    }

    /** A copy of the 32 bytes. */
    public byte[] toBytes() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionId other && MessageDigest.isEqual(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "SessionId[" + HexFormat.of().formatHex(value) + "]";
    }
}
