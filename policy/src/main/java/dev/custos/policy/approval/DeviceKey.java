package dev.custos.policy.approval;

import dev.custos.types.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An approver's Ed25519 device key. Redacted {@code toString}, no value equality, destroyable; the seed is held in a
 * {@link SecretBytes}.
 */
public final class DeviceKey implements Destroyable {
    private final SecretBytes seed;

    private DeviceKey(SecretBytes seed) {
        this.seed = seed;
    }

    public static DeviceKey generate(SecureRandom random) {
        Objects.requireNonNull(random, "random is null");
        byte[] seed = new byte[Ed25519PrivateKeyParameters.KEY_SIZE];
        try {
            random.nextBytes(seed);
            return new DeviceKey(SecretBytes.copyOf(seed));
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /**
     * The key with this 32-byte Ed25519 seed (RFC 8032 private key), as a device key file holds it. The caller keeps
     * and wipes its own array.
     */
    public static DeviceKey fromSeed(byte[] seed) {
        Objects.requireNonNull(seed, "seed is null");
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, got " + seed.length);
        }
        return new DeviceKey(SecretBytes.copyOf(seed));
    }

    /** A copy of the seed, to store it (encrypted or owner-only); destroy it after use. */
    public SecretBytes exportSeed() {
        if (seed.isDestroyed()) {
            throw new IllegalStateException("device key is destroyed");
        }
        byte[] bytes = seed.copy();
        try {
            return SecretBytes.copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The 32-byte Ed25519 public key. */
    public byte[] publicKey() {
        return parameters().generatePublicKey().getEncoded();
    }

    /** Signs {@code message} (an approval digest) with Ed25519 (RFC 8032, pure). */
    public byte[] sign(byte[] message) {
        Objects.requireNonNull(message, "message is null");
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, parameters());
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    private Ed25519PrivateKeyParameters parameters() {
        if (seed.isDestroyed()) {
            throw new IllegalStateException("device key is destroyed");
        }
        byte[] bytes = seed.copy();
        try {
            return new Ed25519PrivateKeyParameters(bytes, 0);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public void destroy() {
        seed.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return seed.isDestroyed();
    }

    @Override
    public String toString() {
        return "DeviceKey[redacted]";
    }
}
