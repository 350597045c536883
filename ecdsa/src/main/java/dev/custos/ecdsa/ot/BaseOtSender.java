package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import java.security.SecureRandom;
import java.util.List;

/**
 * Sender of a batch of {@link BaseOt#COUNT} random OTs ("Simplest OT" of Chou and Orlandi, with one key {@code B = b·G}
 * for the batch and a Schnorr proof of knowledge of {@code b}, as DKLs19 and DKLs23 require to extract the sender).
 *
 * <p>Outputs for OT {@code k}: {@code ρ0 = H(ctx, k, B, A_k, b·A_k)} and {@code ρ1 = H(ctx, k, B, A_k, b·(A_k − B))}.
 * Single use: {@link #finish} wipes {@code b}.
 */
public final class BaseOtSender {
    private final byte[] context;
    private final Scalar secret;
    private final Element publicKey;
    private boolean finished;

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

    /** Computes both seeds of every OT from the receiver's reply. */
    public OtSeedPairs finish(BaseOtReceiverMessage reply) {
        requireNonNull(reply, "reply is null");
        if (finished) {
            throw new IllegalStateException("base OT sender already finished");
        }
        finished = true;
        Element secretTimesKey = publicKey.multiply(secret);
        byte[][] zero = new byte[BaseOt.COUNT][];
        byte[][] one = new byte[BaseOt.COUNT][];
        List<Element> choices = reply.choices();
        for (int k = 0; k < BaseOt.COUNT; k++) {
            Element choice = choices.get(k);
            Element shared = choice.multiply(secret);
            zero[k] = BaseOtReceiver.seed(context, k, publicKey, choice, shared);
            one[k] = BaseOtReceiver.seed(context, k, publicKey, choice, shared.subtract(secretTimesKey));
        }
        secret.wipe();
        return new OtSeedPairs(zero, one);
    }

    static byte[] proofContext(byte[] context) {
        byte[] out = new byte[context.length + 1];
        System.arraycopy(context, 0, out, 0, context.length);
        out[context.length] = 'B';
        return out;
    }
}
