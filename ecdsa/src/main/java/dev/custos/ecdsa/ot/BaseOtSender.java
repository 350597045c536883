package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * Sender of a batch of {@link BaseOt#COUNT} random OTs ("Simplest OT" of Chou and Orlandi, with one key {@code B = b·G}
 * for the batch and a Schnorr proof of knowledge of {@code b}, as DKLs19 and DKLs23 require to extract the sender).
 *
 * <p>Outputs for OT {@code k}: {@code ρ0 = H(ctx, k, B, A_k, D(b·A_k))} and
 * {@code ρ1 = H(ctx, k, B, A_k, D(b·(A_k − B)))}, where {@code D(P)} is SHA-256 of the compressed encoding of P,
 * computed by {@link Element#secretProductDigest} in constant time (libsecp256k1's ECDH), so {@code b} never goes
 * through a variable-time multiplication. If a receiver sends {@code A_k = B}, then {@code b·(A_k − B)} is the identity
 * and {@code D} is SHA-256 of its SEC1 encoding {@code 0x00} ({@link BaseOtReceiver#IDENTITY_DIGEST}): a pad the
 * receiver knows, as with {@code a_k = 0} and choice 1, which costs the sender nothing.
 *
 * <p>Verified flow (DKLs19 "VSOT", Protocol 7): {@link #message}, then {@link #challenge} on the receiver's reply,
 * then {@link #open} on the receiver's response (which checks it), then {@link #verifiedSeeds}. The unverified flow
 * {@link #finish} is plain Simplest OT. Single use: {@code b} is wiped once the pads are computed.
 */
public final class BaseOtSender {
    private enum Stage {
        STARTED,
        CHALLENGED,
        VERIFIED,
        DONE
    }

    private final byte[] context;
    private final Scalar secret;
    private final Element publicKey;
    private Stage stage = Stage.STARTED;
    private OtSeedPairs pads;
    private SenderVerification verification;

    private BaseOtSender(byte[] context, Scalar secret, Element publicKey) {
        this.context = context;
        this.secret = secret;
        this.publicKey = publicKey;
    }

    /** Starts a batch; {@code context} must name the protocol, session, sender and receiver. */
    public static BaseOtSender start(byte[] context, SecureRandom random) {
        requireNonNull(context, "context is null");
        requireNonNull(random, "random is null");
        Scalar secret = Secp256k1.FIELD.randomNonZero(random);
        return new BaseOtSender(context.clone(), secret, Secp256k1.GROUP.multiplyGenerator(secret));
    }

    public BaseOtSenderMessage message(SecureRandom random) {
        return new BaseOtSenderMessage(
                publicKey, DiscreteLogProof.prove(proofContext(context), secret, publicKey, random));
    }

    /** Unverified Simplest OT: computes both seeds of every OT from the receiver's reply. */
    public OtSeedPairs finish(BaseOtReceiverMessage reply) {
        requireNonNull(reply, "reply is null");
        advance(Stage.STARTED, Stage.DONE);
        return computePads(reply);
    }

    /**
     * Verification phase, step 1: computes the pads from the receiver's reply and challenges the receiver with
     * {@code ξ_k = H(H(ρ0_k)) ⊕ H(H(ρ1_k))}.
     */
    public BaseOtChallenge challenge(BaseOtReceiverMessage reply) {
        requireNonNull(reply, "reply is null");
        advance(Stage.STARTED, Stage.CHALLENGED);
        pads = computePads(reply);
        verification = SenderVerification.start(context, pads);
        return verification.challenge();
    }

    /**
     * Verification phase, step 2: checks that the receiver's response equals {@code H(H(ρ0_k))} for every OT (the
     * receiver knows the pad of its choice) and returns the opening for the receiver's own check.
     *
     * @throws BaseOtException blaming the receiver if any response is wrong; the sender is then unusable
     */
    public BaseOtOpening open(BaseOtResponse response) throws BaseOtException {
        requireNonNull(response, "response is null");
        advance(Stage.CHALLENGED, Stage.VERIFIED);
        try {
            return verification.open(response);
        } catch (BaseOtException e) {
            stage = Stage.DONE;
            pads.destroy();
            throw e;
        }
    }

    /** The pads, once the receiver's response has been checked by {@link #open}. */
    public OtSeedPairs verifiedSeeds() {
        advance(Stage.VERIFIED, Stage.DONE);
        return pads;
    }

    private OtSeedPairs computePads(BaseOtReceiverMessage reply) {
        byte[][] zero = new byte[BaseOt.COUNT][];
        byte[][] one = new byte[BaseOt.COUNT][];
        List<Element> choices = reply.choices();
        for (int k = 0; k < BaseOt.COUNT; k++) {
            Element choice = choices.get(k);
            Element shifted = choice.subtract(publicKey);
            byte[] zeroShared = choice.secretProductDigest(secret);
            byte[] oneShared =
                    shifted.isIdentity() ? BaseOtReceiver.IDENTITY_DIGEST.clone() : shifted.secretProductDigest(secret);
            zero[k] = BaseOtReceiver.seed(context, k, publicKey, choice, zeroShared);
            one[k] = BaseOtReceiver.seed(context, k, publicKey, choice, oneShared);
            Arrays.fill(zeroShared, (byte) 0);
            Arrays.fill(oneShared, (byte) 0);
        }
        secret.wipe();
        return new OtSeedPairs(zero, one);
    }

    private void advance(Stage expected, Stage next) {
        if (stage != expected) {
            throw new IllegalStateException("base OT sender is in stage " + stage + ", not " + expected);
        }
        stage = next;
    }

    static byte[] proofContext(byte[] context) {
        byte[] out = new byte[context.length + 1];
        System.arraycopy(context, 0, out, 0, context.length);
        out[context.length] = 'B';
        return out;
    }
}
