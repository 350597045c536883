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
 * <p>One-shot, as the protocol round states: {@link #message}, then either {@link #finish} on the receiver's reply
 * (plain Simplest OT) or {@link #challenge} on it, which starts the verified flow (DKLs19 "VSOT", Protocol 7) on the
 * returned {@link SenderVerification}: {@link SenderVerification#open} on the receiver's response (which checks it),
 * then {@link SenderVerification#verifiedSeeds}. Either consumes the sender and wipes {@code b}; a second call throws.
 */
public final class BaseOtSender {
    private final byte[] context;
    private final Scalar secret;
    private final Element publicKey;
    private boolean consumed;

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

    /** The first message: {@code B} and the proof of knowledge of {@code b}. */
    public synchronized BaseOtSenderMessage message(SecureRandom random) {
        requireUnused();
        return new BaseOtSenderMessage(
                publicKey, DiscreteLogProof.prove(proofContext(context), secret, publicKey, random));
    }

    /** Unverified Simplest OT: computes both seeds of every OT from the receiver's reply. Consumes this sender. */
    public synchronized OtSeedPairs finish(BaseOtReceiverMessage reply) {
        requireNonNull(reply, "reply is null");
        requireUnused();
        consumed = true;
        return computePads(reply);
    }

    /**
     * Verification phase, step 1: computes the pads from the receiver's reply and challenges the receiver with
     * {@code ξ_k = H(H(ρ0_k)) ⊕ H(H(ρ1_k))} ({@link SenderVerification#challenge()}). Consumes this sender; the
     * returned verification owns the pads and hands them out only after the receiver's response checked.
     */
    public synchronized SenderVerification challenge(BaseOtReceiverMessage reply) {
        requireNonNull(reply, "reply is null");
        requireUnused();
        consumed = true;
        return SenderVerification.owning(context, computePads(reply));
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

    private void requireUnused() {
        if (consumed) {
            throw new IllegalStateException("base OT sender was already used; a sender serves one batch once");
        }
    }

    static byte[] proofContext(byte[] context) {
        byte[] out = new byte[context.length + 1];
        System.arraycopy(context, 0, out, 0, context.length);
        out[context.length] = 'B';
        return out;
    }
}
