package dev.custos.detect.server.sink;

/** A webhook delivery's signature header is missing, malformed, stale or does not match the body. */
public final class InvalidSignatureException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidSignatureException(String message) {
        super(message);
    }
}
