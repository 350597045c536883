package dev.custos.node.identity;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.types.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * A signer node's private identity: its Ed25519 signing key and its X25519 private key, with the {@link NodeIdentity}
 * they belong to. Secret: prints {@code <redacted>}, identity {@code equals}, and after {@link #destroy()} both keys
 * are wiped and every use throws {@link IllegalStateException}.
 */
public final class NodeKeys implements Destroyable {
    public static final int X25519_PRIVATE_KEY_LENGTH = 32;

    private final NodeIdentity identity;
    private final SigningKey signingKey;
    private final SecretBytes encryptionPrivateKey;

    private NodeKeys(NodeIdentity identity, SigningKey signingKey, SecretBytes encryptionPrivateKey) {
        this.identity = identity;
        this.signingKey = signingKey;
        this.encryptionPrivateKey = encryptionPrivateKey;
    }

    /** Fresh keys for the node {@code name}. */
    public static NodeKeys generate(String name, SecureRandom random) {
        NodeIdentity.requireValidName(name);
        requireNonNull(random, "random is null");
        SigningKey signingKey = SigningKey.generate(random);
        SecretBytes seed = signingKey.seed();
        byte[] encryption = new X25519PrivateKeyParameters(random).getEncoded();
        SecretBytes encryptionSecret = SecretBytes.copyOf(encryption);
        try {
            return fromSecrets(name, seed, encryptionSecret);
        } catch (InvalidEncodingException e) {
            throw new IllegalStateException("Bouncy Castle generated an invalid X25519 key", e);
        } finally {
            signingKey.destroy();
            seed.destroy();
            encryptionSecret.destroy();
            Arrays.fill(encryption, (byte) 0);
        }
    }

    /**
     * The keys of node {@code name} from their stored secrets: the 32-byte Ed25519 seed and the 32-byte X25519 private
     * key. Takes copies; the arguments stay the caller's to destroy.
     *
     * @throws InvalidEncodingException if a secret has the wrong length or gives an invalid public key
     */
    public static NodeKeys fromSecrets(String name, SecretBytes signingSeed, SecretBytes encryptionPrivateKey)
            throws InvalidEncodingException {
        NodeIdentity.requireValidName(name);
        requireNonNull(signingSeed, "signingSeed is null");
        requireNonNull(encryptionPrivateKey, "encryptionPrivateKey is null");
        if (signingSeed.length() != SigningKey.SEED_LENGTH) {
            throw new InvalidEncodingException(
                    "an Ed25519 seed is " + SigningKey.SEED_LENGTH + " bytes, got " + signingSeed.length());
        }
        if (encryptionPrivateKey.length() != X25519_PRIVATE_KEY_LENGTH) {
            throw new InvalidEncodingException("an X25519 private key is " + X25519_PRIVATE_KEY_LENGTH + " bytes, got "
                    + encryptionPrivateKey.length());
        }
        SigningKey signingKey = SigningKey.fromSeed(signingSeed);
        byte[] privateBytes = encryptionPrivateKey.copy();
        try {
            byte[] publicBytes = new X25519PrivateKeyParameters(privateBytes, 0)
                    .generatePublicKey()
                    .getEncoded();
            NodeIdentity identity = new NodeIdentity(name, signingKey.publicKey(), X25519PublicKey.of(publicBytes));
            return new NodeKeys(identity, signingKey, SecretBytes.copyOf(privateBytes));
        } catch (InvalidEncodingException | RuntimeException e) {
            signingKey.destroy();
            throw e;
        } finally {
            Arrays.fill(privateBytes, (byte) 0);
        }
    }

    public NodeIdentity identity() {
        return identity;
    }

    /** The Ed25519 signature of {@code message} by this node's identity key. */
    public byte[] sign(byte[] message) {
        return signingKey.sign(message);
    }

    /** A copy of the Ed25519 seed, for storing it; the caller destroys it. */
    public SecretBytes signingSeed() {
        return signingKey.seed();
    }

    /** A copy of the X25519 private key, for HPKE decryption or for storing it; the caller destroys it. */
    public SecretBytes encryptionPrivateKey() {
        byte[] bytes = encryptionPrivateKey.copy();
        try {
            return SecretBytes.copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public void destroy() {
        signingKey.destroy();
        encryptionPrivateKey.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return encryptionPrivateKey.isDestroyed();
    }

    @Override
    public String toString() {
        return "NodeKeys[" + identity.name() + ", <redacted>]";
    }
}
