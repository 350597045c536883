package dev.custos.ecdsa;

/** Why a threshold ECDSA protocol step aborted. */
public enum EcdsaErrorCode {
    /** A message could not be decoded, or carries an invalid element or scalar. */
    MALFORMED_MESSAGE,
    /** A message belongs to another session or round, comes from an unexpected party, or repeats one already received. */
    UNEXPECTED_MESSAGE,
    /** A message for this round is missing. */
    MISSING_MESSAGE,
    /** Parties saw different round-1 broadcasts: someone equivocated (who cannot be told without signed messages). */
    INCONSISTENT_BROADCAST,
    /** A decommitment does not match its commitment. */
    INVALID_COMMITMENT,
    /** A zero-knowledge proof (proof of knowledge of a discrete logarithm) does not verify. */
    INVALID_PROOF,
    /** A Feldman share does not match the dealer's commitment. */
    INVALID_SHARE,
    /** The OT-extension consistency check failed. */
    OT_EXTENSION_CHECK_FAILED,
    /** The multiplication (random vector OLE) consistency check failed. */
    MULTIPLICATION_CHECK_FAILED,
    /** A party's public values are inconsistent with its multiplication output or with the group key. */
    INCONSISTENT_PUBLIC_VALUES,
    /** The combined signature does not verify under the group public key. */
    INVALID_SIGNATURE,
    /** A presignature is unknown or was already used. */
    PRESIGNATURE_UNAVAILABLE,
    /** A presignature belongs to another key than the one the signer expects (e.g. another BIP32 child key). */
    PRESIGNATURE_KEY_MISMATCH,
    /** The protocol was driven in a wrong order or with wrong parameters. */
    INVALID_STATE,
    /** A base-OT verification check (DKLs19 "verified Simplest OT") failed: wrong response or wrong opening. */
    OT_VERIFICATION_FAILED,
    /** An OT pair of a key share was used for presigning before its base-OT verification succeeded. */
    UNVERIFIED_KEY_SHARE,
    /**
     * The OT pair with a peer is retired: a check with that peer failed, or a verification of the pair was interrupted
     * after this party answered. Only a refresh or resharing (new base OTs) replaces it.
     */
    OT_PAIR_RETIRED,
    /** A presigning session id was already used with this key share (or another share on the same OT setup). */
    SESSION_REUSED,
    /** A state change that protects a secret could not be written durably; nothing that depends on it was sent. */
    STORAGE_FAILED
}
