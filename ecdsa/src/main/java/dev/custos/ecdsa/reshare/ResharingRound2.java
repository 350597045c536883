package dev.custos.ecdsa.reshare;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.internal.StateChecks;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.PairwiseOtSetup;
import dev.custos.ecdsa.keys.PairwiseSetup;
import dev.custos.ecdsa.ot.BaseOtReceiverMessage;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A new committee member's secret state after resharing round 2: the verified dealt shares, the echoed view, its base-OT
 * state, and the round-2 messages to send. One-shot: {@link #finish} consumes it.
 */
public final class ResharingRound2 implements ResharingState {
    private final ResharingParameters parameters;
    private final Identifier self;
    private final List<Identifier> peers;
    private final PairwiseOtSetup otSetup;
    private final Map<Identifier, ResharingShareMessage> dealt;
    private final byte[] view;
    private final List<ResharingOtReply> messages;
    private boolean consumed;

    ResharingRound2(
            ResharingParameters parameters,
            Identifier self,
            List<Identifier> peers,
            PairwiseOtSetup otSetup,
            Map<Identifier, ResharingShareMessage> dealt,
            byte[] view,
            List<ResharingOtReply> messages) {
        this.parameters = parameters;
        this.self = self;
        this.peers = List.copyOf(peers);
        this.otSetup = otSetup;
        this.dealt = Map.copyOf(dealt);
        this.view = view;
        this.messages = List.copyOf(messages);
    }

    @Override
    public ResharingParameters parameters() {
        return parameters;
    }

    @Override
    public Identifier identifier() {
        return self;
    }

    /** The base-OT replies with the echoed digest of the dealers' commitments, one per peer. */
    public List<ResharingOtReply> messages() {
        return messages;
    }

    /**
     * Checks the peers' echoes and returns the new key share (every OT pair {@code UNVERIFIED}).
     *
     * @throws EcdsaException {@code INCONSISTENT_BROADCAST} (a dealer equivocated; no culprit), {@code
     *     INCONSISTENT_PUBLIC_VALUES}, {@code UNEXPECTED_MESSAGE}, {@code MISSING_MESSAGE}; {@code INVALID_STATE} if this
     *     state was used or destroyed
     */
    public synchronized KeyShare finish(List<ResharingOtReply> replies) throws EcdsaException {
        StateChecks.requireUnused(consumed, "resharing round 2 state");
        consumed = true;
        boolean done = false;
        try {
            Map<Identifier, BaseOtReceiverMessage> otReplies = new HashMap<>();
            for (ResharingOtReply reply :
                    Inbox.collect(replies, parameters.session(), self, peers).values()) {
                if (!MessageDigest.isEqual(view, reply.view())) {
                    throw new EcdsaException(
                            EcdsaErrorCode.INCONSISTENT_BROADCAST,
                            reply.from() + " received different dealer commitments than " + self
                                    + ": a dealer equivocated");
                }
                otReplies.put(reply.from(), reply.baseOt());
            }
            KeyShare share = combine(otSetup.finish(otReplies));
            done = true;
            return share;
        } finally {
            if (!done) {
                otSetup.destroy();
            }
        }
    }

    private KeyShare combine(Map<Identifier, PairwiseSetup> pairwise) throws EcdsaException {
        FeldmanCommitment sum = null;
        Scalar secret = Secp256k1.FIELD.zero();
        for (ResharingShareMessage message : dealt.values()) {
            sum = sum == null ? message.feldman() : sum.add(message.feldman());
            secret = secret.add(message.share());
        }
        if (sum == null || !sum.constantTerm().equals(parameters.publicKey())) {
            throw new EcdsaException(
                    EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, "dealt constants do not sum to the public key");
        }
        Map<Identifier, Element> verificationShares = new HashMap<>();
        for (Identifier party : parameters.newParties()) {
            verificationShares.put(party, sum.evaluate(party.scalar()));
        }
        return new KeyShare(
                self,
                parameters.newThreshold(),
                SecretScalar.of(secret),
                parameters.publicKey(),
                verificationShares,
                pairwise,
                parameters.chainCode());
    }

    /** Wipes the base-OT choices, unless {@link #finish} already ran (they are the key share's). */
    @Override
    public synchronized void destroy() {
        if (!consumed) {
            consumed = true;
            otSetup.destroy();
        }
    }

    /** Whether this state was consumed (by {@link #finish}, successful or not) or destroyed. */
    @Override
    public synchronized boolean isDestroyed() {
        return consumed;
    }

    @Override
    public String toString() {
        return "ResharingRound2[" + self + ", <redacted>]";
    }
}
