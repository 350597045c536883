package dev.custos.audit.verify;

/** What a {@link LogVerifier} found wrong. */
public enum AuditFindingCode {
    /** A checkpoint note is malformed, for another origin, not signed by the log, or has a failing signature. */
    BAD_CHECKPOINT,
    /** Two checkpoints signed by the log have the same size and different roots: the log equivocated. */
    FORKED_CHECKPOINTS,
    /** The entries do not hash to a signed checkpoint's root: an entry was changed, inserted or removed before it. */
    ROOT_MISMATCH,
    /** A signed checkpoint covers more entries than the log has: the newest entries were deleted. */
    MISSING_ENTRIES,
    /** Entries beyond the largest signed checkpoint: no signature covers them (the log signs after every append). */
    UNSIGNED_ENTRIES
}
