package dev.custos.node.keystore;

import dev.custos.types.SecretBytes;
import java.security.SecureRandom;
import javax.security.auth.Destroyable;

/**
 * The key that wraps a keystore's data key: the seam where a passphrase, a key file, an HSM or a cloud KMS plugs in.
 * The data key (32 random bytes) encrypts the content; only its wrapped form is stored, next to the {@link
 * #parameters()} that let the matching {@link KeyEncryptionKeySource} find this key again.
 *
 * <p>The built-in implementation holds an AES-256 key in memory and wraps with AES-256-GCM. An HSM or KMS
 * implementation keeps the key inside the device: {@code wrap} and {@code unwrap} become its encrypt and decrypt calls
 * (PKCS#11 {@code CKM_AES_GCM}, a KMS {@code Encrypt}/{@code Decrypt} with the associated data as encryption context),
 * and its parameters name the key (a new kind with a key label). Either way the data key is unwrapped once, when the
 * keystore opens.
 */
public interface KeyEncryptionKey extends Destroyable {
    /** What the header records so that this key can be found again. */
    KekParameters parameters();

    /**
     * Wraps {@code dataKey}, binding {@code associatedData} (the header bytes up to the wrapped key).
     *
     * @return the wrapped key, stored as a variable-length field (at most 1024 bytes)
     */
    byte[] wrap(SecretBytes dataKey, byte[] associatedData, SecureRandom random);

    /**
     * Unwraps what {@link #wrap} returned.
     *
     * @throws KeystoreException {@link KeystoreError#WRONG_KEY} if this is not the key that wrapped it or the
     *     associated data differs; {@link KeystoreError#MALFORMED} if {@code wrapped} cannot be a wrapped key
     */
    SecretBytes unwrap(byte[] wrapped, byte[] associatedData) throws KeystoreException;

    /** Forgets the key (wipes it where it is held in memory). Idempotent; never fails. */
    @Override
    void destroy();
}
