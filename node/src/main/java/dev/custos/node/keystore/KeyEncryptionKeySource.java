package dev.custos.node.keystore;

import java.security.SecureRandom;

/**
 * Where a keystore's {@link KeyEncryptionKey} comes from: a passphrase ({@link PassphraseKeySource}), a key file
 * ({@link KeyFileKeySource}), or (not built yet) an HSM or KMS.
 */
public interface KeyEncryptionKeySource {
    /** A key for a new keystore, with fresh parameters (such as a new salt). */
    KeyEncryptionKey create(SecureRandom random) throws KeystoreException;

    /**
     * The key that the header's {@code parameters} describe.
     *
     * @throws KeystoreException {@link KeystoreError#KEY_SOURCE_MISMATCH} if the parameters are of another kind
     */
    KeyEncryptionKey open(KekParameters parameters) throws KeystoreException;
}
