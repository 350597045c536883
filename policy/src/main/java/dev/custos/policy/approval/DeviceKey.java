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
