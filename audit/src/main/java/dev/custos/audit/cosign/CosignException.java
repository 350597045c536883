package dev.custos.audit.cosign;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;

/** A refused co-signature, with a {@link CosignErrorCode} and a message naming the sizes involved. */
public final class CosignException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final CosignErrorCode code;

    public CosignException(CosignErrorCode code, String message) {
        super(requireNonNull(code, "code is null") + ": " + requireNonNull(message, "message is null"));
        this.code = code;
    }

    public CosignErrorCode code() {
        return code;
    }
}
