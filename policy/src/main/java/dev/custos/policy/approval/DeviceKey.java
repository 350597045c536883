package dev.custos.policy.approval;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** An approver's Ed25519 device key. Redacted {@code toString}, no value equality, destroyable. */
public final class DeviceKey implements Destroyable {
    private final byte[] seed;
    private boolean destroyed;

    private DeviceKey(byte[] seed) {
        this.seed = seed;
    }

    public static DeviceKey generate(SecureRandom random) {
        Objects.requireNonNull(random, "random is null");
        byte[] seed = new byte[Ed25519PrivateKeyParameters.KEY_SIZE];
        random.nextBytes(seed);
        return new DeviceKey(seed);
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
        if (destroyed) {
            throw new IllegalStateException("device key is destroyed");
        }
        return new Ed25519PrivateKeyParameters(seed, 0);
    }

    @Override
    public void destroy() {
        Arrays.fill(seed, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "DeviceKey[redacted]";
    }
}
