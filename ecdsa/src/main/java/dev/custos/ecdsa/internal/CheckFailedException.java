package dev.custos.ecdsa.internal;

/**
 * A two-party sub-protocol check failed because the peer deviated; the caller knows who the peer is and rethrows with
 * the culprit named.
 */
public final class CheckFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckFailedException(String message) {
        super(message);
    }
}
