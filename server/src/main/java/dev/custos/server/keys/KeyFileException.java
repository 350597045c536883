package dev.custos.server.keys;

/** A key file is missing, unreadable, damaged or readable by others; the message names the file and what to do. */
public final class KeyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyFileException(String message) {
        super(message);
    }

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
