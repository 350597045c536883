package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

/** A failed check of the verified base OT, naming which side cheated. */
public final class BaseOtException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The side of the base OT that a failed check blames. */
    public enum Culprit {
        SENDER,
        RECEIVER
    }

    private final Culprit culprit;

    public BaseOtException(Culprit culprit, String message) {
        super(message);
        this.culprit = requireNonNull(culprit, "culprit is null");
    }

    public Culprit culprit() {
        return culprit;
    }
}
