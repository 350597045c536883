package dev.custos.policy;

/** A policy document, a request or a test case is malformed; the message names the culprit. */
public final class PolicyInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolicyInputException(String message) {
        super(message);
    }

    public PolicyInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
