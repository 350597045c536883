package dev.custos.frost;

/**
 * Categories of FROST failures. Each {@link FrostException} carries exactly one code so callers can react (penalize a
 * culprit, retry, report bad input) without parsing messages.
 */
public enum FrostErrorCode {
    /** {@code minSigners} is below 2 or above {@code maxSigners}. */
    INVALID_MIN_SIGNERS,
    /** {@code maxSigners} is below 2 or above the supported maximum. */
    INVALID_MAX_SIGNERS,
    /** An identifier is zero, out of range or not canonical. */
    INVALID_IDENTIFIER,
    /** The same identifier appears twice where identifiers must be distinct. */
    DUPLICATE_IDENTIFIER,
    /** An identifier does not belong to the expected set of participants. */
    UNKNOWN_IDENTIFIER,
    /** A secret share does not match the dealer's (Feldman) commitment. */
    INVALID_SECRET_SHARE,
    /** A signing share does not match the verifying share it is paired with. */
    INVALID_KEY_PACKAGE,
    /** A commitment, key or share belongs to another ciphersuite. */
    CIPHERSUITE_MISMATCH,
    /** A nonce commitment is the identity element. */
    IDENTITY_COMMITMENT,
    /** The signer's own commitment is missing from the signing package. */
    MISSING_COMMITMENT,
    /** The signing package holds a commitment for this signer that differs from the signer's nonces. */
    INCORRECT_COMMITMENT,
    /** Fewer commitments than {@code minSigners}. */
    INCORRECT_NUMBER_OF_COMMITMENTS,
    /** The set of signature shares differs from the set of commitments, or is below {@code minSigners}. */
    INCORRECT_NUMBER_OF_SHARES,
    /** One or more signature shares failed verification; see {@link FrostException#culprits()}. */
    INVALID_SIGNATURE_SHARE,
    /** A signature failed verification. */
    INVALID_SIGNATURE,
    /** The signing nonces were already used (or their use could not be recorded). */
    NONCE_REUSED,
    /** The nonce store could not record that a nonce was used; no share was released. */
    NONCE_STORE_FAILURE,
    /** A zero-knowledge proof of knowledge (DKG round 1) failed. */
    INVALID_PROOF_OF_KNOWLEDGE,
    /** An expected package from a participant is missing. */
    PACKAGE_NOT_FOUND,
    /** The number of packages received differs from the number expected. */
    INCORRECT_NUMBER_OF_PACKAGES,
    /** A package was addressed to another participant or is otherwise misplaced. */
    INCORRECT_PACKAGE,
    /** A serialized message is malformed: bad header, length, encoding or trailing bytes. */
    MALFORMED_MESSAGE,
    /** A serialized message uses a format version this implementation does not read. */
    UNSUPPORTED_VERSION,
    /**
     * A commitment's constant term is not what the protocol pins it to: not the identity in a refresh, not {@code
     * lambda_i * Y_i} in a reshare (key lifecycle).
     */
    INVALID_CONSTANT_TERM,
    /** A repair helper's delta commitments do not add up to its Lagrange-weighted verifying share (key lifecycle). */
    INVALID_REPAIR_COMMITMENT,
    /** A message belongs to another protocol run (its session id differs). */
    SESSION_MISMATCH,
    /**
     * The public key package is inconsistent with the protocol's result (e.g. a repaired share does not match its
     * verifying share, or a reshare does not preserve the group key) and no single participant can be blamed.
     */
    INCONSISTENT_PUBLIC_KEY_PACKAGE,
}
