package dev.custos.node.envelope;

import dev.custos.node.identity.X25519PublicKey;
import dev.custos.types.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.generators.X25519KeyPairGenerator;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.X25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * HPKE (RFC 9180) in base mode with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and AES-128-GCM, single-shot, from Bouncy
 * Castle. A sealed payload is the 32-byte encapsulated key followed by the ciphertext (plaintext length + 16).
 */
final class Hpke {
    static final int ENCAPSULATION_LENGTH = 32;
    static final int TAG_LENGTH = 16;

    private Hpke() {}

    /** Encrypts {@code plaintext} to {@code recipient} under a fresh ephemeral key. */
    static byte[] seal(X25519PublicKey recipient, byte[] info, byte[] aad, byte[] plaintext, SecureRandom random) {
        X25519KeyPairGenerator generator = new X25519KeyPairGenerator();
        generator.init(new X25519KeyGenerationParameters(random));
        return seal(recipient, info, aad, plaintext, generator.generateKeyPair());
    }

    /** {@link #seal} with a given ephemeral key pair: for test vectors only. */
    static byte[] seal(
            X25519PublicKey recipient, byte[] info, byte[] aad, byte[] plaintext, AsymmetricCipherKeyPair ephemeral) {
        HPKE hpke = suite();
        try {
            HPKEContextWithEncapsulation context =
                    hpke.setupBaseS(hpke.deserializePublicKey(recipient.bytes()), info, ephemeral);
            byte[] ciphertext = context.seal(aad, plaintext);
            byte[] encapsulation = context.getEncapsulation();
            byte[] sealed = Arrays.copyOf(encapsulation, encapsulation.length + ciphertext.length);
            System.arraycopy(ciphertext, 0, sealed, encapsulation.length, ciphertext.length);
            return sealed;
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("HPKE encryption failed", e);
        }
    }

    /**
     * Decrypts what {@link #seal} produced for the holder of {@code recipientPrivateKey} (the plaintext is the caller's
     * to wipe).
     *
     * @throws InvalidCipherTextException if it does not decrypt: too short, an encapsulated key of small order, or a
     *     ciphertext, info or associated data other than what was sealed
     */
    static byte[] open(SecretBytes recipientPrivateKey, byte[] info, byte[] aad, byte[] sealed)
            throws InvalidCipherTextException {
        if (sealed.length < ENCAPSULATION_LENGTH + TAG_LENGTH) {
            throw new InvalidCipherTextException("the sealed payload is shorter than an encapsulated key and a tag");
        }
        byte[] encapsulation = Arrays.copyOf(sealed, ENCAPSULATION_LENGTH);
        byte[] ciphertext = Arrays.copyOfRange(sealed, ENCAPSULATION_LENGTH, sealed.length);
        byte[] privateBytes = recipientPrivateKey.copy();
        try {
            X25519PrivateKeyParameters privateKey = new X25519PrivateKeyParameters(privateBytes, 0);
            AsymmetricCipherKeyPair pair = new AsymmetricCipherKeyPair(privateKey.generatePublicKey(), privateKey);
            HPKEContext context = suite().setupBaseR(encapsulation, pair, info);
            return context.open(aad, ciphertext);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InvalidCipherTextException("the encapsulated key is not usable: " + e.getMessage());
        } finally {
            Arrays.fill(privateBytes, (byte) 0);
        }
    }

    private static HPKE suite() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
    }
}
