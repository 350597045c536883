package dev.custos.crypto;

import java.security.GeneralSecurityException;

/**
 * An encoding received from outside (a peer, a file, a test vector) is not the canonical encoding of a valid value: wrong
 * length, out of range, not on the curve, the identity, or outside the prime-order subgroup.
 */
public final class InvalidEncodingException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public InvalidEncodingException(String message) {
        super(message);
    }
}
