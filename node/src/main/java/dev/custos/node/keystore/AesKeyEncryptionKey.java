package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

import dev.custos.types.SecretBytes;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;

/**
 * A key-encryption key held in memory (derived from a passphrase or a key file): wraps with AES-256-GCM as a 12-byte
 * nonce followed by the 32-byte encrypted data key and the 16-byte tag (60 bytes).
 */
final class AesKeyEncryptionKey implements KeyEncryptionKey {
    static final int WRAPPED_LENGTH = AesGcm.NONCE_LENGTH + AesGcm.KEY_LENGTH + AesGcm.TAG_LENGTH;

    private final SecretBytes key;
    private final KekParameters parameters;

    /** Takes ownership of {@code key} (destroyed with this object). */
    AesKeyEncryptionKey(SecretBytes key, KekParameters parameters) {
        this.key = requireNonNull(key, "key is null");
        this.parameters = requireNonNull(parameters, "parameters is null");
        if (key.length() != AesGcm.KEY_LENGTH) {
            throw new IllegalArgumentException("a key-encryption key is 32 bytes, got " + key.length());
        }
    }

    @Override
    public KekParameters parameters() {
        return parameters;
    }

    @Override
    public byte[] wrap(SecretBytes dataKey, byte[] associatedData, SecureRandom random) {
        byte[] nonce = new byte[AesGcm.NONCE_LENGTH];
        random.nextBytes(nonce);
        byte[] keyBytes = key.copy();
        byte[] dataKeyBytes = dataKey.copy();
        try {
            byte[] ciphertext = AesGcm.seal(keyBytes, nonce, associatedData, dataKeyBytes);
            byte[] wrapped = Arrays.copyOf(nonce, WRAPPED_LENGTH);
            System.arraycopy(ciphertext, 0, wrapped, nonce.length, ciphertext.length);
            return wrapped;
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
            Arrays.fill(dataKeyBytes, (byte) 0);
        }
    }

    @Override
    public SecretBytes unwrap(byte[] wrapped, byte[] associatedData) throws KeystoreException {
        if (wrapped.length != WRAPPED_LENGTH) {
            throw new KeystoreException(
                    KeystoreError.MALFORMED,
                    "the wrapped data key is " + wrapped.length + " bytes, expected " + WRAPPED_LENGTH);
        }
        byte[] nonce = Arrays.copyOf(wrapped, AesGcm.NONCE_LENGTH);
        byte[] ciphertext = Arrays.copyOfRange(wrapped, AesGcm.NONCE_LENGTH, WRAPPED_LENGTH);
        byte[] keyBytes = key.copy();
        byte[] dataKey = null;
        try {
            dataKey = AesGcm.open(keyBytes, nonce, associatedData, ciphertext);
            return SecretBytes.copyOf(dataKey);
        } catch (AEADBadTagException e) {
            throw new KeystoreException(
                    KeystoreError.WRONG_KEY,
                    "wrong passphrase or key file, or the keystore header was altered (the data key does not unwrap)",
                    e);
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    @Override
    public void destroy() {
        key.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return key.isDestroyed();
    }

    @Override
    public String toString() {
        return "AesKeyEncryptionKey[" + parameters.getClass().getSimpleName() + ", <redacted>]";
    }
}
