package dev.custos.audit.merkle;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;

/** A Merkle proof that does not verify, with a {@link ProofErrorCode} and a message naming the values at fault. */
public final class ProofException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final ProofErrorCode code;

    public ProofException(ProofErrorCode code, String message) {
        super(requireNonNull(code, "code is null") + ": " + requireNonNull(message, "message is null"));
        this.code = code;
    }

    public ProofErrorCode code() {
        return code;
    }
}
