package dev.custos.audit.log;

/** Why an {@link AuditLog} refused an operation. */
public enum AuditErrorCode {
    /** The store's entries do not match its latest checkpoint, or that checkpoint is missing or not the log's. */
    STORE_INCONSISTENT,
    /** A co-signature by a key that is not one of the log's co-signers. */
    UNKNOWN_COSIGNER,
    /** A co-signature that does not verify over the checkpoint it claims to sign. */
    INVALID_COSIGNATURE,
    /** No checkpoint of the size asked for. */
    NO_SUCH_CHECKPOINT
}
