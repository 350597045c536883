package dev.custos.node.committee;

/** Why a committee was refused. */
public enum CommitteeError {
    /** The encoding is not a committee of a known layout, or breaks a rule of the format (order, limits, keys). */
    MALFORMED,
    /** A signature comes from a key that is none of the admins whose quorum is checked. */
    UNKNOWN_ADMIN,
    /** One admin signed twice; a quorum needs distinct admins. */
    DUPLICATE_ADMIN,
    /** A signature does not verify under its admin's key over this committee. */
    BAD_SIGNATURE,
    /** Fewer distinct admins signed than a quorum needs. */
    NOT_ENOUGH_SIGNATURES,
    /** A first committee names other admins than the trust anchor the operator gave. */
    UNTRUSTED_ADMINS,
    /** A replacement's version is not above the stored committee's. */
    NOT_NEWER
}
