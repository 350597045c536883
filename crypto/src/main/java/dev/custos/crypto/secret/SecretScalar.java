package dev.custos.crypto.secret;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A secret scalar (a signing share, a polynomial coefficient, a long-lived nonce) that can be destroyed.
 *
 * <p>It prints as {@code SecretScalar[<redacted>]}, has identity {@code equals}/{@code hashCode} (compare values with
 * {@link #equalsSecret}, which runs in constant time), and {@link #destroy()} overwrites the value with zero; any use
 * after that throws {@link IllegalStateException}.
 */
public final class SecretScalar implements Destroyable {
    private final Scalar value;
    private volatile boolean destroyed;

    private SecretScalar(Scalar value) {
        this.value = value;
    }

    /**
     * Wraps {@code value} and takes ownership of it: {@link #destroy()} wipes that very scalar, so the caller must not keep
     * using it afterwards.
     */
    public static SecretScalar of(Scalar value) {
        return new SecretScalar(Objects.requireNonNull(value, "value is null"));
    }

    /** A uniformly random non-zero secret scalar. */
    public static SecretScalar random(ScalarField field, SecureRandom random) {
        Objects.requireNonNull(field, "field is null");
        Objects.requireNonNull(random, "random is null");
        return new SecretScalar(field.randomNonZero(random));
    }

    /**
     * The scalar itself (not a copy); it stays owned by this object and is wiped by {@link #destroy()}.
     *
     * @throws IllegalStateException if destroyed
     */
    public Scalar value() {
        requireLive();
        return value;
    }

    public ScalarField field() {
        return value.field();
    }

    /**
     * Whether both hold the same value, compared in constant time over the encodings. Scalars of different fields are
     * never equal.
     *
     * @throws IllegalStateException if either is destroyed
     */
    public boolean equalsSecret(SecretScalar other) {
        Objects.requireNonNull(other, "other is null");
        requireLive();
        other.requireLive();
        if (value.field() != other.value.field()) {
            return false;
        }
        byte[] mine = value.toBytes();
        byte[] theirs = other.value.toBytes();
        try {
            return MessageDigest.isEqual(mine, theirs);
        } finally {
            Arrays.fill(mine, (byte) 0);
            Arrays.fill(theirs, (byte) 0);
        }
    }

    /** Overwrites the value with zero. Idempotent. */
    @Override
    public void destroy() {
        value.wipe();
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
        return "SecretScalar[<redacted>]";
    }
}
