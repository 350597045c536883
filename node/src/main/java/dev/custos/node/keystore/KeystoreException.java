package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

/** A keystore could not be opened or read; {@link #error()} says why and the message names the file and the field. */
public final class KeystoreException extends Exception {
    private static final long serialVersionUID = 1L;

    private final KeystoreError error;

    public KeystoreException(KeystoreError error, String message) {
        super(message);
        this.error = requireNonNull(error, "error is null");
    }

    public KeystoreException(KeystoreError error, String message, Throwable cause) {
        super(message, cause);
        this.error = requireNonNull(error, "error is null");
    }

    public KeystoreError error() {
        return error;
    }
}
