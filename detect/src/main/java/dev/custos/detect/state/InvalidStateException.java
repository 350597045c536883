package dev.custos.detect.state;

/** A saved state is malformed or does not fit the engine it is restored into. */
public final class InvalidStateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidStateException(String message) {
        super(message);
    }

    public InvalidStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
