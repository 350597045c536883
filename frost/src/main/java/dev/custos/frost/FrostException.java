package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.util.List;

/**
 * A FROST protocol failure with a {@link FrostErrorCode} and, where the protocol can tell, the identifiers of the
 * participants that caused it.
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

    /** Convenience for a failure caused by a single participant. */
    public static FrostException culprit(FrostErrorCode code, String message, Identifier culprit) {
        return new FrostException(code, message, List.of(requireNonNull(culprit, "culprit is null")));
    }

    public FrostErrorCode code() {
        return code;
    }

    /** The participants that caused this failure, in identifier order; empty when unknown or not applicable. */
    public List<Identifier> culprits() {
        return culprits == null ? List.of() : culprits;
    }
}
