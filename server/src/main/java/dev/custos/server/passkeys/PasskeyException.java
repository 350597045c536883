package dev.custos.server.passkeys;

/** A passkey ceremony that does not verify or cannot proceed; the message says why, without secrets. */
public final class PasskeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PasskeyException(String message) {
        super(message);
    }

    PasskeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
