package dev.custos.audit.merkle;

/** Why a Merkle inclusion or consistency proof was rejected. */
public enum ProofErrorCode {
    /** A tree size or leaf index is negative (as a uint64 it would be 2^63 or more). */
    SIZE_OUT_OF_RANGE,
    /** The leaf index is not below the tree size (which includes every proof about an empty tree). */
    INDEX_OUT_OF_RANGE,
    /** A consistency proof whose first size is larger than its second. */
    SIZES_OUT_OF_ORDER,
    /** A consistency proof from the empty tree: every tree extends it, so such a proof proves nothing. */
    EMPTY_FIRST_TREE,
    /** The proof has more or fewer hashes than the sizes (and index) call for. */
    WRONG_PROOF_LENGTH,
    /** The root recomputed from the proof differs from the (second) root given. */
    ROOT_MISMATCH,
    /** The first root recomputed from a consistency proof differs from the first root given. */
    FIRST_ROOT_MISMATCH
}
