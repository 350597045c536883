package dev.custos.watch;

/** A watch list that cannot be used; the message names the file, the entry and the field. */
public final class InvalidWatchListException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidWatchListException(String message) {
        super(message);
    }

    public InvalidWatchListException(String message, Throwable cause) {
        super(message, cause);
    }
}
