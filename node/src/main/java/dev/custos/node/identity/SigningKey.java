package dev.custos.node.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.types.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 private key (the RFC 8032 32-byte seed) with its public key: a node's identity key or an admin's key.
 * Secret: prints {@code <redacted>}, identity {@code equals}, and after {@link #destroy()} the seed is wiped and every
 * use throws {@link IllegalStateException}. Bouncy Castle's key object, built for each signature, is not wiped (see
 * docs/SECURITY.md on what wiping does on the JVM).
 */
public final class SigningKey implements Destroyable {
    public static final int SEED_LENGTH = 32;

    private final SecretBytes seed;
    private final Ed25519PublicKey publicKey;

    private SigningKey(SecretBytes seed, Ed25519PublicKey publicKey) {
        this.seed = seed;
        this.publicKey = publicKey;
    }

    /** A fresh key from {@code random}. */
    public static SigningKey generate(SecureRandom random) {
        requireNonNull(random, "random is null");
        byte[] bytes = new byte[SEED_LENGTH];
        random.nextBytes(bytes);
        try {
            return fromSeed(SecretBytes.copyOf(bytes));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The key with this seed; takes a copy ({@code seed} stays the caller's to destroy).
     *
     * @throws IllegalArgumentException if the seed is not 32 bytes
     */
    public static SigningKey fromSeed(SecretBytes seed) {
        requireNonNull(seed, "seed is null");
        if (seed.length() != SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 seed is " + SEED_LENGTH + " bytes, got " + seed.length());
        }
        byte[] bytes = seed.copy();
        try {
            byte[] publicBytes = new Ed25519PrivateKeyParameters(bytes, 0)
                    .generatePublicKey()
                    .getEncoded();
            return new SigningKey(SecretBytes.copyOf(bytes), Ed25519PublicKey.of(publicBytes));
        } catch (InvalidEncodingException e) {
            throw new IllegalStateException("Bouncy Castle derived an invalid Ed25519 public key", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    /** The RFC 8032 Ed25519 signature of {@code message}. */
    public byte[] sign(byte[] message) {
        requireNonNull(message, "message is null");
        byte[] bytes = seed.copy();
        try {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, new Ed25519PrivateKeyParameters(bytes, 0));
            signer.update(message, 0, message.length);
            return signer.generateSignature();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A copy of the seed, for storing it; the caller destroys it. */
    public SecretBytes seed() {
        byte[] bytes = seed.copy();
        try {
            return SecretBytes.copyOf(bytes);
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
        return "SigningKey[" + publicKey.toHex() + ", <redacted>]";
    }
}
