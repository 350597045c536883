/**
 * Secrets at rest. {@link dev.custos.node.keystore.SecretStore} is the interface the node keeps named secrets behind
 * (identity keys now; key shares and nonce records next); {@link dev.custos.node.keystore.FileSecretStore} implements
 * it as one encrypted, atomically replaced file. Envelope encryption: a random data key encrypts the content with
 * AES-256-GCM, and a {@link dev.custos.node.keystore.KeyEncryptionKey} wraps the data key; that key comes from a {@link
 * dev.custos.node.keystore.KeyEncryptionKeySource}: a passphrase through Argon2id ({@link
 * dev.custos.node.keystore.PassphraseKeySource}) or a 32-byte key file ({@link
 * dev.custos.node.keystore.KeyFileKeySource}); an HSM or KMS would be a third source. Every header byte is
 * authenticated; failures are {@link dev.custos.node.keystore.KeystoreException}s with a {@link
 * dev.custos.node.keystore.KeystoreError}.
 */
@NullMarked
package dev.custos.node.keystore;

import org.jspecify.annotations.NullMarked;
