package dev.custos.ecdsa;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.util.List;

/**
 * A threshold ECDSA protocol failure with an {@link EcdsaErrorCode} and, where the protocol can tell, the identifiers of
 * the participants that caused it. The same shape as frost's {@code FrostException}: a checked
 * {@link GeneralSecurityException} whose message starts with the code, {@link #culprits()} in identifier order, and
 * {@link #blame} for a failure caused by one participant.
 */
public final class EcdsaException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final EcdsaErrorCode code;
    private final transient List<Identifier> culprits;

    public EcdsaException(EcdsaErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public EcdsaException(EcdsaErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    public EcdsaException(EcdsaErrorCode code, String message, List<Identifier> culprits) {
        this(code, message, culprits, null);
    }

    public EcdsaException(EcdsaErrorCode code, String message, List<Identifier> culprits, Throwable cause) {
        super(requireNonNull(code, "code is null") + ": " + requireNonNull(message, "message is null"), cause);
        this.code = code;
        this.culprits = List.copyOf(requireNonNull(culprits, "culprits is null"));
    }

    /** A failure caused by a single participant; the message names it. */
    public static EcdsaException blame(EcdsaErrorCode code, Identifier culprit, String message) {
        requireNonNull(culprit, "culprit is null");
        return new EcdsaException(code, culprit + ": " + message, List.of(culprit));
    }

    public EcdsaErrorCode code() {
        return code;
    }

    /** The participants that caused this failure, in identifier order; empty when unknown or not applicable. */
    public List<Identifier> culprits() {
        return culprits == null ? List.of() : culprits;
    }
}
