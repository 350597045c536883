package dev.custos.audit.checkpoint;

import static java.util.Objects.requireNonNull;

import dev.custos.audit.note.NoteErrorCode;
import dev.custos.audit.note.NoteException;
import dev.custos.audit.note.NoteVerifier;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.note.SignedNote;
import dev.custos.audit.note.VerifiedNote;
import java.util.ArrayList;
import java.util.List;

/**
 * A checkpoint whose note carries a valid signature of the log's key, and whose other trusted signatures (the nodes'
 * co-signatures) all verified. Built only by {@link #open}.
 *
 * @param checkpoint the parsed body
 * @param note the verified note
 * @param logKey the log's key, among the note's verified signers
 */
public record SignedCheckpoint(Checkpoint checkpoint, VerifiedNote note, NoteVerifierKey logKey) {
    public SignedCheckpoint {
        requireNonNull(checkpoint, "checkpoint is null");
        requireNonNull(note, "note is null");
        requireNonNull(logKey, "logKey is null");
        if (!note.text().equals(checkpoint.body())) {
            throw new IllegalArgumentException("the note's text is not the checkpoint's body");
        }
        if (!note.isSignedBy(logKey)) {
            throw new IllegalArgumentException("the note is not signed by the log key " + logKey.name());
        }
    }

    /**
     * Verifies {@code note} against the log's key and the co-signers' keys, and parses its checkpoint.
     *
     * @throws NoteException if the note is malformed or a trusted signature fails ({@link
     *     NoteErrorCode#INVALID_SIGNATURE}), the log did not sign it ({@link NoteErrorCode#MISSING_SIGNATURE}), the
     *     body is not a checkpoint ({@link NoteErrorCode#MALFORMED_CHECKPOINT}) or is for another origin ({@link
     *     NoteErrorCode#WRONG_ORIGIN})
     */
    public static SignedCheckpoint open(
            SignedNote note, String origin, NoteVerifierKey logKey, List<NoteVerifierKey> cosignerKeys)
            throws NoteException {
        requireNonNull(note, "note is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(logKey, "logKey is null");
        requireNonNull(cosignerKeys, "cosignerKeys is null");
        List<NoteVerifierKey> keys = new ArrayList<>(cosignerKeys);
        keys.add(0, logKey);
        VerifiedNote verified;
        try {
            verified = new NoteVerifier(keys).verify(note);
        } catch (NoteException e) {
            if (e.code() != NoteErrorCode.NO_VERIFIED_SIGNATURE) {
                throw e;
            }
            verified = null;
        }
        if (verified == null || !verified.isSignedBy(logKey)) {
            throw new NoteException(NoteErrorCode.MISSING_SIGNATURE, "the log key " + logKey.name() + " did not sign");
        }
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        if (!checkpoint.origin().equals(origin)) {
            throw new NoteException(
                    NoteErrorCode.WRONG_ORIGIN,
                    "the checkpoint is for '" + checkpoint.origin() + "', not '" + origin + "'");
        }
        return new SignedCheckpoint(checkpoint, verified, logKey);
    }

    /** The co-signers whose signatures verified, in note order (the log's own signature excluded). */
    public List<NoteVerifierKey> cosigners() {
        return note.signers().stream().filter(key -> !key.equals(logKey)).toList();
    }

    /** The note as received. */
    public SignedNote signedNote() {
        return note.note();
    }
}
