package dev.custos.ecdsa;

import java.util.List;
import java.util.Objects;

/** A threshold ECDSA protocol step aborted; {@link #culprits()} names the parties that caused it, where known. */
public final class EcdsaException extends Exception {
    private static final long serialVersionUID = 1L;

    private final EcdsaErrorCode code;
    private final List<Identifier> culprits;

    public EcdsaException(EcdsaErrorCode code, String message, List<Identifier> culprits) {
        super(message);
        this.code = Objects.requireNonNull(code, "code is null");
        this.culprits = List.copyOf(culprits);
    }

    public EcdsaException(EcdsaErrorCode code, String message) {
        this(code, message, List.of());
    }

    public static EcdsaException blame(EcdsaErrorCode code, Identifier culprit, String message) {
        return new EcdsaException(code, culprit + ": " + message, List.of(culprit));
    }

    public EcdsaErrorCode code() {
        return code;
    }

    /** The parties identified as the cause; empty when the protocol cannot tell. */
    public List<Identifier> culprits() {
        return culprits;
    }
}
