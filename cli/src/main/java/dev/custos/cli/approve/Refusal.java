package dev.custos.cli.approve;

/** {@code custos approve} refuses to sign; the message says why, on one line. Exit code 1. */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
        super("refusing to sign: " + message);
    }

    Refusal(String message, Throwable cause) {
        super("refusing to sign: " + message, cause);
    }
}
