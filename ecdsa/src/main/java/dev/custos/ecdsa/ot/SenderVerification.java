package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;

/**
 * The base-OT sender's side of the verification phase (DKLs19 "verified Simplest OT"), computed from its pads: the
 * challenge {@code ξ_k = H(H(ρ0_k)) ⊕ H(H(ρ1_k))}, the check of the receiver's response against {@code H(H(ρ0_k))},
 * and the opening {@code (H(ρ0_k), H(ρ1_k))}. Usable on the pads stored in a key share ({@link #start}) or on the fresh
 * pads of a {@link BaseOtSender#challenge}, which it then owns: it wipes them if the response is wrong and hands them out
 * through {@link #verifiedSeeds} only after a correct one. One-shot: {@link #open} runs once.
 */
public final class SenderVerification {
    private final BaseOtChallenge challenge;
    private final BaseOtOpening opening;
    private final byte[] expectedResponses;
    /** The pads when this verification owns them (a fresh batch); {@code null} for stored pads. */
    private final OtSeedPairs ownPads;

    private boolean used;
    private boolean verified;
    private boolean seedsTaken;

    private SenderVerification(
            BaseOtChallenge challenge, BaseOtOpening opening, byte[] expectedResponses, OtSeedPairs ownPads) {
        this.challenge = challenge;
        this.opening = opening;
        this.expectedResponses = expectedResponses;
        this.ownPads = ownPads;
    }

    /** {@code context} must be the one the receiver uses for the same batch; {@code pads} stay the caller's. */
    public static SenderVerification start(byte[] context, OtSeedPairs pads) {
        return create(context, pads, null);
    }

    /** As {@link #start}, taking ownership of fresh {@code pads} (from {@link BaseOtSender#challenge}). */
    static SenderVerification owning(byte[] context, OtSeedPairs pads) {
        return create(context, pads, pads);
    }

    private static SenderVerification create(byte[] context, OtSeedPairs pads, OtSeedPairs ownPads) {
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
                new BaseOtChallenge(challenges), new BaseOtOpening(zeroHashes, oneHashes), expected, ownPads);
    }

    public BaseOtChallenge challenge() {
        return challenge;
    }

    /**
     * Checks that the receiver's response equals {@code H(H(ρ0_k))} for every OT (the receiver knows the pad of its
     * choice) and returns the opening for the receiver's own check.
     *
     * @throws BaseOtException blaming the receiver if any response is wrong (owned pads are then wiped)
     */
    public synchronized BaseOtOpening open(BaseOtResponse response) throws BaseOtException {
        requireNonNull(response, "response is null");
        if (used) {
            throw new IllegalStateException("base OT verification already used");
        }
        used = true;
        if (!MessageDigest.isEqual(expectedResponses, response.responses())) {
            if (ownPads != null) {
                ownPads.destroy();
            }
            throw new BaseOtException(
                    BaseOtException.Culprit.RECEIVER, "base OT receiver's verification response is wrong");
        }
        verified = true;
        return opening;
    }

    /**
     * The fresh pads of a {@link BaseOtSender#challenge}, once, after {@link #open} accepted the receiver's response.
     *
     * @throws IllegalStateException before a successful {@link #open}, a second time, or for stored pads
     */
    public synchronized OtSeedPairs verifiedSeeds() {
        if (ownPads == null || !verified || seedsTaken) {
            throw new IllegalStateException(
                    "no verified seeds: the response was not checked, failed, or they were taken");
        }
        seedsTaken = true;
        return ownPads;
    }
}
