package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.Hasher;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Receiver of a batch of {@link BaseOt#COUNT} random OTs with uniformly random choice bits Δ (see {@link BaseOtSender}).
 * The receiver verifies the sender's proof of knowledge before replying.
 */
public final class BaseOtReceiver {
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
            Element choice = bit == 1 ? shifted : base;
            choices.add(choice);
            seeds[k] = seed(context, k, publicKey, choice, publicKey.multiply(secret));
            secret.wipe();
        }
        return new Result(new BaseOtReceiverMessage(choices), new OtChosenSeeds(delta, seeds));
    }

    static byte[] seed(byte[] context, int index, Element publicKey, Element choice, Element shared) {
        return Hasher.sha256("base-ot-seed")
                .put(context)
                .putInt(index)
                .put(publicKey)
                .put(choice)
                .put(shared)
                .digest();
    }
}
