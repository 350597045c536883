package dev.custos.watch.follow;

/** A state file that cannot be resumed from; the message names the file and what is wrong. */
public final class InvalidStateFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidStateFileException(String message) {
        super(message);
    }
}
