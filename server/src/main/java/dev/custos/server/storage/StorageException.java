package dev.custos.server.storage;

/** The server's storage failed or refused: the message says what and, for bad settings, which one. */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
