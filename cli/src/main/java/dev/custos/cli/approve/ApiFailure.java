package dev.custos.cli.approve;

/** The coordinator's API could not be reached, refused, or answered something malformed; the message is one line. */
final class ApiFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ApiFailure(String message) {
        super(message);
    }

    ApiFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
