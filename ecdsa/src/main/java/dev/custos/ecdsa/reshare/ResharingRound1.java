package dev.custos.ecdsa.reshare;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.internal.StateChecks;
import dev.custos.ecdsa.keys.PairwiseOtSetup;
import dev.custos.ecdsa.ot.BaseOtSenderMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A new committee member's state after resharing round 1: its base-OT senders and the round-1 messages to send.
 * One-shot: {@link #round2} consumes it.
 */
public final class ResharingRound1 implements ResharingState {
    private final ResharingParameters parameters;
    private final Identifier self;
    private final List<Identifier> peers;
    private final PairwiseOtSetup otSetup;
    private final List<ResharingOtMessage> messages;
    private boolean consumed;

    ResharingRound1(
            ResharingParameters parameters,
            Identifier self,
            List<Identifier> peers,
            PairwiseOtSetup otSetup,
            List<ResharingOtMessage> messages) {
        this.parameters = parameters;
        this.self = self;
        this.peers = List.copyOf(peers);
        this.otSetup = otSetup;
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

    /** The base-OT starts, one per peer of the new committee. */
    public List<ResharingOtMessage> messages() {
        return messages;
    }

    /**
     * Round 2: verifies every dealer's contribution (its commitment's length, {@code C_0 = λ_i·Y_i} against the old
     * verification share, the share against the commitment), answers the peers' base OTs, and echoes a digest of the
     * dealers' Feldman commitments so that a dealer who sent different commitments to different parties is detected.
     *
     * @throws EcdsaException naming the culprit: {@code INVALID_COMMITMENT}, {@code INVALID_SHARE} (a dealer), {@code
     *     INVALID_PROOF} (a base-OT sender), {@code UNEXPECTED_MESSAGE}, {@code MISSING_MESSAGE}; {@code INVALID_STATE}
     *     if this state was used or destroyed
     */
    public synchronized ResharingRound2 round2(List<ResharingOtMessage> received, List<ResharingShareMessage> shares)
            throws EcdsaException {
        StateChecks.requireUnused(consumed, "resharing round 1 state");
        consumed = true;
        boolean done = false;
        try {
            Map<Identifier, BaseOtSenderMessage> baseOts = new HashMap<>();
            Inbox.collect(received, parameters.session(), self, peers)
                    .forEach((peer, message) -> baseOts.put(peer, message.baseOt()));
            Map<Identifier, ResharingShareMessage> dealt =
                    Inbox.collect(shares, parameters.session(), self, parameters.dealers());
            verifyDealers(dealt);
            byte[] view = view(dealt);
            List<ResharingOtReply> out = new ArrayList<>();
            otSetup.respond(baseOts)
                    .forEach((peer, reply) ->
                            out.add(new ResharingOtReply(parameters.session(), self, peer, reply, view)));
            ResharingRound2 next = new ResharingRound2(parameters, self, peers, otSetup, dealt, view, out);
            done = true;
            return next;
        } finally {
            if (!done) {
                otSetup.destroy();
            }
        }
    }

    private byte[] view(Map<Identifier, ResharingShareMessage> dealt) {
        Map<Identifier, byte[]> commitments = new HashMap<>();
        dealt.forEach((dealer, message) -> {
            Hasher hasher =
                    Hasher.sha256("reshare/feldman").putInt(message.feldman().threshold());
            message.feldman().coefficients().forEach(hasher::put);
            commitments.put(dealer, hasher.digest());
        });
        return BroadcastView.digest("reshare", parameters.session(), commitments);
    }

    private void verifyDealers(Map<Identifier, ResharingShareMessage> dealt) throws EcdsaException {
        List<Scalar> points =
                parameters.dealers().stream().map(Identifier::scalar).toList();
        for (Identifier dealer : parameters.dealers()) {
            ResharingShareMessage message = dealt.get(dealer);
            FeldmanCommitment feldman = message.feldman();
            if (feldman.threshold() != parameters.newThreshold()) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.INVALID_COMMITMENT, dealer, "commitment has the wrong number of coefficients");
            }
            Element expectedConstant = parameters
                    .oldVerificationShares()
                    .get(dealer)
                    .multiplyPublic(Lagrange.coefficientAtZero(dealer.scalar(), points));
            if (!feldman.constantTerm().equals(expectedConstant)) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.INVALID_COMMITMENT,
                        dealer,
                        "dealt constant does not match its old verification share");
            }
            if (!feldman.verifyShare(self.scalar(), message.share())) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.INVALID_SHARE, dealer, "share does not match the Feldman commitment");
            }
        }
    }

    /** Wipes the base-OT choices, unless {@link #round2} already took them over. */
    @Override
    public synchronized void destroy() {
        if (!consumed) {
            consumed = true;
            otSetup.destroy();
        }
    }

    /** Whether this state was consumed (by {@link #round2}, successful or not) or destroyed. */
    @Override
    public synchronized boolean isDestroyed() {
        return consumed;
    }

    @Override
    public String toString() {
        return "ResharingRound1[" + self + ", <redacted>]";
    }
}
