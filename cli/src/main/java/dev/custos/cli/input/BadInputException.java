package dev.custos.cli.input;

/** The user's input (arguments, files) is invalid; the message says what is wrong. Maps to exit code 2. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
