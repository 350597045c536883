package dev.custos.audit.cosign;

/** Why a {@link Cosigner} refused to co-sign a checkpoint. */
public enum CosignErrorCode {
    /** The checkpoint is malformed, for another origin, not signed by the log, or of size 0 with a non-empty root. */
    INVALID_CHECKPOINT,
    /** The checkpoint is smaller than the last one co-signed: the log would be rolled back. */
    ROLLBACK,
    /** The checkpoint has the size of the last one co-signed but another root: the log forked. */
    FORK,
    /** The consistency proof from the last co-signed checkpoint does not verify: the log rewrote its history. */
    INCONSISTENT,
    /** A consistency proof was given where none is needed (first checkpoint, same size, or growth from size 0). */
    UNEXPECTED_PROOF,
    /** The last co-signed checkpoint in the node's own store no longer verifies. */
    STATE_CORRUPT
}
