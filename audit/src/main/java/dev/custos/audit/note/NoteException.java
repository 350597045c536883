package dev.custos.audit.note;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;

/** A signed note, key or checkpoint that was rejected, with a {@link NoteErrorCode} and a message naming the fault. */
public final class NoteException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    private final NoteErrorCode code;

    public NoteException(NoteErrorCode code, String message) {
        super(requireNonNull(code, "code is null") + ": " + requireNonNull(message, "message is null"));
        this.code = code;
    }

    /** The error code and what is wrong; every constructor sets it. */
    @Override
    public String getMessage() {
        return requireNonNull(super.getMessage(), "message");
    }

    public NoteErrorCode code() {
        return code;
    }
}
