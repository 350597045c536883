package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.util.List;

/**
 * A FROST protocol failure with a {@link FrostErrorCode} and, where the protocol can tell, the identifiers of the
 * participants that caused it (ZF FROST's {@code Error::culprits}). The same shape as ecdsa's {@code EcdsaException}: a
 * checked {@link GeneralSecurityException} whose message starts with the code, {@link #culprits()} in identifier order,
 * and {@link #blame} for a failure caused by one participant.
 */
public final class FrostException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final FrostErrorCode code;
    private final transient List<Identifier> culprits;

    public FrostException(FrostErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public FrostException(FrostErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    public FrostException(FrostErrorCode code, String message, List<Identifier> culprits) {
        this(code, message, culprits, null);
    }

    public FrostException(FrostErrorCode code, String message, List<Identifier> culprits, Throwable cause) {
        super(requireNonNull(code, "code is null") + ": " + requireNonNull(message, "message is null"), cause);
        this.code = code;
        this.culprits = List.copyOf(requireNonNull(culprits, "culprits is null"));
    }

    /** A failure caused by a single participant; the message names it. */
    public static FrostException blame(FrostErrorCode code, Identifier culprit, String message) {
        requireNonNull(culprit, "culprit is null");
        return new FrostException(code, culprit + ": " + message, List.of(culprit));
    }

    public FrostErrorCode code() {
        return code;
    }

    /** The participants that caused this failure, in identifier order; empty when unknown or not applicable. */
    public List<Identifier> culprits() {
        return culprits == null ? List.of() : culprits;
    }
}
