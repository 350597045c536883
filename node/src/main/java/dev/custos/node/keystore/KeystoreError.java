package dev.custos.node.keystore;

/** Why a keystore could not be opened. */
public enum KeystoreError {
    /** The file is not a keystore of a known layout: wrong magic, truncated, bad lengths, out-of-range parameters. */
    MALFORMED,
    /** The file names a format version this code does not read. */
    UNSUPPORTED_VERSION,
    /** The keystore is protected by another kind of key (a passphrase where a key file was given, or the reverse). */
    KEY_SOURCE_MISMATCH,
    /**
     * The data key could not be unwrapped: the passphrase or key file is wrong, or a header byte (format, key
     * parameters, wrapped key) was altered. The two cannot be told apart.
     */
    WRONG_KEY,
    /** The key is right, but the encrypted content or the header fields after the wrapped key were altered. */
    CONTENT_ALTERED
}
