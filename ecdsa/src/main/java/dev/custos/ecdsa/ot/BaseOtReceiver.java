package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.Hasher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Receiver of a batch of {@link BaseOt#COUNT} random OTs with uniformly random choice bits Δ (see {@link BaseOtSender}).
 * The receiver verifies the sender's proof of knowledge before replying.
 *
 * <p>Verified flow (DKLs19 "VSOT"): {@link #respond}, then {@link #answer} to the sender's challenge, then
 * {@link #verifyOpening} on the sender's opening; only then are the chosen seeds safe to use.
 */
public final class BaseOtReceiver {
    /**
     * The shared-point digest D for the identity: SHA-256 of its SEC1 encoding, the single byte 0x00. Used by the
     * sender for {@code b·(A_k − B)} when {@code A_k = B}; never equal to the digest of a 33-byte encoding.
     */
    static final byte[] IDENTITY_DIGEST = sha256(new byte[] {0x00});

    private BaseOtReceiver() {}

    /** The reply to send and the receiver's output. */
    public record Result(BaseOtReceiverMessage reply, OtChosenSeeds seeds) {
        public Result {
            requireNonNull(reply, "reply is null");
            requireNonNull(seeds, "seeds is null");
        }
    }

    /**
     * Replies to {@code message} with fresh random choice bits.
     *
     * @throws IllegalArgumentException if the sender's proof of knowledge does not verify
     */
    public static Result respond(byte[] context, BaseOtSenderMessage message, SecureRandom random) {
        requireNonNull(context, "context is null");
        requireNonNull(message, "message is null");
        requireNonNull(random, "random is null");
        Element publicKey = message.publicKey();
        if (!message.proof().verify(BaseOtSender.proofContext(context), publicKey)) {
            throw new IllegalArgumentException("base OT sender's proof of knowledge does not verify");
        }
        long[] delta = new long[BaseOt.COUNT / 64];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = random.nextLong();
        }
        List<Element> choices = new ArrayList<>(BaseOt.COUNT);
        byte[][] seeds = new byte[BaseOt.COUNT][];
        for (int k = 0; k < BaseOt.COUNT; k++) {
            Scalar secret = Secp256k1.FIELD.randomNonZero(random);
            Element base = Secp256k1.GROUP.multiplyGenerator(secret);
            Element shifted = base.add(publicKey);
            int bit = (int) (delta[k >>> 6] >>> (k & 63)) & 1;
            Element choice = select(bit, base, shifted);
            choices.add(choice);
            byte[] shared = publicKey.secretProductDigest(secret);
            seeds[k] = seed(context, k, publicKey, choice, shared);
            Arrays.fill(shared, (byte) 0);
            secret.wipe();
        }
        return new Result(new BaseOtReceiverMessage(choices), new OtChosenSeeds(delta, seeds));
    }

    /**
     * Verification phase, step 1: proves knowledge of the chosen pads with {@code ρ'_k = H(H(ρ_k)) ⊕ ω_k·ξ_k}. The
     * choice bit is applied as a byte mask, without branching.
     *
     * <p>A zero challenge {@code ξ_k = 0} is refused before anything is computed: the answer would be
     * {@code H(H(ρ_{ω_k}))}, which tells a sender who holds both pads the choice bit {@code ω_k}, and the sender could
     * then open both sides as {@code H(ρ_{ω_k})}, which passes {@link #verifyOpening}'s xor check (both double hashes
     * cancel to 0). For any other wrong challenge the sender must find a preimage of a hash it did not choose for one
     * of the two values of {@code ω_k}, so each probed bit is caught with probability 1/2 at {@link #verifyOpening}.
     * An honest challenge is zero only if the two pad hashes collide.
     *
     * @throws BaseOtException blaming the sender if a challenge entry is zero
     */
    public static BaseOtResponse answer(byte[] context, OtChosenSeeds seeds, BaseOtChallenge challenge)
            throws BaseOtException {
        requireNonNull(context, "context is null");
        requireNonNull(seeds, "seeds is null");
        requireNonNull(challenge, "challenge is null");
        if (challenge.hasZeroEntry()) {
            throw new BaseOtException(
                    BaseOtException.Culprit.SENDER,
                    "base OT sender's challenge has a zero entry (a probe of the choice bits); not answered");
        }
        byte[] responses = new byte[PadHashes.VECTOR_LENGTH];
        for (int k = 0; k < BaseOt.COUNT; k++) {
            byte mask = (byte) -seeds.choice(k);
            byte[] doubleHash = PadHashes.doubleHash(context, k, PadHashes.padHash(context, k, seeds.seed(k)));
            byte[] xi = challenge.challenge(k);
            for (int i = 0; i < PadHashes.LENGTH; i++) {
                responses[k * PadHashes.LENGTH + i] = (byte) (doubleHash[i] ^ (xi[i] & mask));
            }
        }
        return new BaseOtResponse(responses);
    }

    /**
     * Verification phase, step 2: checks the sender's opening, {@code H(ρ_k)} equal to the opened hash of the chosen
     * side and {@code ξ_k = H(open0_k) ⊕ H(open1_k)}, for every OT. All OTs are checked before the result is known.
     *
     * @throws BaseOtException blaming the sender if any check fails; the seeds must then be destroyed
     */
    @SuppressWarnings("ShortCircuitBoolean") // constant time: every check runs for every k, no branch on secrets
    public static void verifyOpening(
            byte[] context, OtChosenSeeds seeds, BaseOtChallenge challenge, BaseOtOpening opening)
            throws BaseOtException {
        requireNonNull(context, "context is null");
        requireNonNull(seeds, "seeds is null");
        requireNonNull(challenge, "challenge is null");
        requireNonNull(opening, "opening is null");
        boolean valid = true;
        for (int k = 0; k < BaseOt.COUNT; k++) {
            byte[] zero = opening.hash(k, 0);
            byte[] one = opening.hash(k, 1);
            byte mask = (byte) -seeds.choice(k);
            byte[] opened = new byte[PadHashes.LENGTH];
            for (int i = 0; i < PadHashes.LENGTH; i++) {
                opened[i] = (byte) (zero[i] ^ ((zero[i] ^ one[i]) & mask));
            }
            boolean chosenMatches = MessageDigest.isEqual(opened, PadHashes.padHash(context, k, seeds.seed(k)));
            byte[] zeroDouble = PadHashes.doubleHash(context, k, zero);
            byte[] oneDouble = PadHashes.doubleHash(context, k, one);
            byte[] expected = new byte[PadHashes.LENGTH];
            for (int i = 0; i < PadHashes.LENGTH; i++) {
                expected[i] = (byte) (zeroDouble[i] ^ oneDouble[i]);
            }
            boolean challengeMatches = MessageDigest.isEqual(expected, challenge.challenge(k));
            // equal openings are what a zero-challenge probe needs; refused at answer too, checked again here
            boolean distinct = !MessageDigest.isEqual(zero, one);
            valid &= chosenMatches & challengeMatches & distinct;
        }
        if (!valid) {
            throw new BaseOtException(
                    BaseOtException.Culprit.SENDER, "base OT sender's opening does not match its pads or challenge");
        }
    }

    /** Selects {@code one} if {@code bit} is 1, else {@code zero}, by masking their encodings (no secret branch). */
    static Element select(int bit, Element zero, Element one) {
        byte[] a = zero.encode();
        byte[] b = one.encode();
        if (a.length != b.length) {
            throw new IllegalStateException("points to select between have encodings of different lengths");
        }
        byte mask = (byte) -bit;
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (a[i] ^ ((a[i] ^ b[i]) & mask));
        }
        try {
            return Secp256k1.GROUP.decode(a);
        } catch (InvalidEncodingException e) {
            throw new IllegalStateException("re-encoding a valid point failed", e);
        }
    }

    /**
     * {@code H(ctx, k, B, A_k, D)}, where {@code sharedDigest} is D: SHA-256 of the compressed shared point, from
     * {@link Element#secretProductDigest}, or {@link #IDENTITY_DIGEST}.
     */
    static byte[] seed(byte[] context, int index, Element publicKey, Element choice, byte[] sharedDigest) {
        return Hasher.sha256("base-ot-seed")
                .put(context)
                .putInt(index)
                .put(publicKey)
                .put(choice)
                .put(sharedDigest)
                .digest();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
