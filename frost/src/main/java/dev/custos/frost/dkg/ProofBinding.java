package dev.custos.frost.dkg;

/**
 * What the DKG proof of knowledge of {@code a_0} is bound to. Both modes bind the prover's identifier, its commitment
 * {@code C_0 = a_0 * G} and the proof nonce {@code R}; the Custos mode also binds the run's context, so a proof cannot be
 * replayed into another session, ciphersuite, threshold or participant set.
 */
public enum ProofBinding {
    /**
     * Custos default: {@code c = HDKG(id || C_0 || R || ctx)}, where {@code ctx} is a 64-byte transcript digest of the
     * session id, the ciphersuite context string, {@code minSigners} and the sorted participant identifiers.
     */
    CUSTOS_SESSION,

    /**
     * Interoperable with ZF FROST ({@code frost-core} {@code keys/dkg.rs}): {@code c = HDKG(id || C_0 || R)}. Use only to
     * run a DKG with ZF FROST peers or to check ZF's test vectors.
     */
    ZF_COMPATIBLE,
}
