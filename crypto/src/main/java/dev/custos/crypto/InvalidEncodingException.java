package dev.custos.crypto;

import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * An encoding received from outside (a peer, a file, a test vector) is not the canonical encoding of a valid value: wrong
 * length, out of range, not on the curve, the identity, or outside the prime-order subgroup.
 */
public final class InvalidEncodingException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public InvalidEncodingException(String message) {
        super(Objects.requireNonNull(message, "message is null"));
    }

    /** What is wrong and where; every constructor sets it. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "message");
    }
}
