package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;

/**
 * The base-OT sender's side of the verification phase (DKLs19 "verified Simplest OT"), computed from its pads: the
 * challenge {@code ξ_k = H(H(ρ0_k)) ⊕ H(H(ρ1_k))}, the check of the receiver's response against {@code H(H(ρ0_k))},
 * and the opening {@code (H(ρ0_k), H(ρ1_k))}. Usable on fresh pads or on the pads stored in a key share. Single use.
 */
public final class SenderVerification {
    private final BaseOtChallenge challenge;
    private final BaseOtOpening opening;
    private final byte[] expectedResponses;
    private boolean used;

    private SenderVerification(BaseOtChallenge challenge, BaseOtOpening opening, byte[] expectedResponses) {
        this.challenge = challenge;
        this.opening = opening;
        this.expectedResponses = expectedResponses;
    }

    /** {@code context} must be the one the receiver uses for the same batch. */
    public static SenderVerification start(byte[] context, OtSeedPairs pads) {
        requireNonNull(context, "context is null");
        requireNonNull(pads, "pads is null");
        byte[] challenges = new byte[PadHashes.VECTOR_LENGTH];
        byte[] zeroHashes = new byte[PadHashes.VECTOR_LENGTH];
        byte[] oneHashes = new byte[PadHashes.VECTOR_LENGTH];
        byte[] expected = new byte[PadHashes.VECTOR_LENGTH];
        for (int k = 0; k < BaseOt.COUNT; k++) {
            byte[] zeroHash = PadHashes.padHash(context, k, pads.seed(k, 0));
            byte[] oneHash = PadHashes.padHash(context, k, pads.seed(k, 1));
            byte[] zeroDouble = PadHashes.doubleHash(context, k, zeroHash);
            byte[] oneDouble = PadHashes.doubleHash(context, k, oneHash);
            for (int i = 0; i < PadHashes.LENGTH; i++) {
                challenges[k * PadHashes.LENGTH + i] = (byte) (zeroDouble[i] ^ oneDouble[i]);
            }
            PadHashes.put(zeroHashes, k, zeroHash);
            PadHashes.put(oneHashes, k, oneHash);
            PadHashes.put(expected, k, zeroDouble);
        }
        return new SenderVerification(
                new BaseOtChallenge(challenges), new BaseOtOpening(zeroHashes, oneHashes), expected);
    }

    public BaseOtChallenge challenge() {
        return challenge;
    }

    /**
     * Checks the receiver's response and returns the opening.
     *
     * @throws BaseOtException blaming the receiver if any response is wrong
     */
    public BaseOtOpening open(BaseOtResponse response) throws BaseOtException {
        requireNonNull(response, "response is null");
        if (used) {
            throw new IllegalStateException("base OT verification already used");
        }
        used = true;
        if (!MessageDigest.isEqual(expectedResponses, response.responses())) {
            throw new BaseOtException(
                    BaseOtException.Culprit.RECEIVER, "base OT receiver's verification response is wrong");
        }
        return opening;
    }
}
