package dev.custos.audit.note;

/** Why a signed note, a key or a checkpoint was rejected. */
public enum NoteErrorCode {
    /** The note is not a text, a blank line and signature lines, or breaks a rule of the format. */
    MALFORMED_NOTE,
    /** A verifier key (vkey) or private key string is not in its format, or its key ID does not match. */
    MALFORMED_KEY,
    /** A signature by a trusted key does not verify: the whole note is rejected. */
    INVALID_SIGNATURE,
    /** No signature of a trusted key is on the note. */
    NO_VERIFIED_SIGNATURE,
    /** The note text is not a checkpoint (origin, size, root hash, optional extension lines). */
    MALFORMED_CHECKPOINT,
    /** The checkpoint is for another log than the one expected. */
    WRONG_ORIGIN,
    /** A required signature (the log's, or enough co-signatures) is missing. */
    MISSING_SIGNATURE
}
