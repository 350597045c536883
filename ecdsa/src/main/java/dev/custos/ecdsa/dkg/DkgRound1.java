package dev.custos.ecdsa.dkg;

import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.internal.StateChecks;
import dev.custos.ecdsa.keys.PairwiseOtSetup;
import dev.custos.ecdsa.ot.BaseOtReceiverMessage;
import dev.custos.ecdsa.ot.BaseOtSenderMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A party's secret state after DKG round 1: its polynomial, its opening and its base-OT senders, and the round-1
 * messages to send. One-shot: {@link #round2} consumes it and wipes the polynomial.
 */
public final class DkgRound1 implements DkgState {
    private final DkgParameters parameters;
    private final Polynomial polynomial;
    private final FeldmanCommitment feldman;
    private final DiscreteLogProof proof;
    private final PairwiseOtSetup otSetup;
    private final List<DkgRound1Message> messages;
    private boolean consumed;

    DkgRound1(
            DkgParameters parameters,
            Polynomial polynomial,
            FeldmanCommitment feldman,
            DiscreteLogProof proof,
            PairwiseOtSetup otSetup,
            List<DkgRound1Message> messages) {
        this.parameters = parameters;
        this.polynomial = polynomial;
        this.feldman = feldman;
        this.proof = proof;
        this.otSetup = otSetup;
        this.messages = List.copyOf(messages);
    }

    @Override
    public DkgParameters parameters() {
        return parameters;
    }

    /** The round-1 messages, one per peer: the hash commitment and the base-OT start. */
    public List<DkgRound1Message> messages() {
        return messages;
    }

    /**
     * Round 2: opens the commitment, deals the shares (each {@link DkgRound2Message} needs a confidential channel) and
     * answers each peer's base OTs, from exactly one round-1 message of every peer.
     *
     * @throws EcdsaException naming the culprit: {@code UNEXPECTED_MESSAGE}, {@code MISSING_MESSAGE}, {@code
     *     INVALID_PROOF} (a base-OT sender's proof); {@code INVALID_STATE} if this state was used or destroyed
     */
    public synchronized DkgRound2 round2(List<DkgRound1Message> received) throws EcdsaException {
        StateChecks.requireUnused(consumed, "DKG round 1 state");
        consumed = true;
        boolean done = false;
        try {
            Identifier self = parameters.self();
            Map<Identifier, DkgRound1Message> messages =
                    Inbox.collect(received, parameters.session(), self, parameters.peers());
            Map<Identifier, BaseOtSenderMessage> baseOts = new HashMap<>();
            Map<Identifier, byte[]> commitments = new HashMap<>();
            messages.forEach((peer, message) -> {
                baseOts.put(peer, message.baseOt());
                commitments.put(peer, message.commitment());
            });
            Map<Identifier, BaseOtReceiverMessage> replies = otSetup.respond(baseOts);
            byte[] view = view(commitments);
            List<DkgRound2Message> out = new ArrayList<>();
            for (Identifier peer : parameters.peers()) {
                out.add(new DkgRound2Message(
                        parameters.session(),
                        self,
                        peer,
                        feldman,
                        proof,
                        polynomial.evaluate(peer.scalar()),
                        replies.get(peer),
                        view));
            }
            SecretScalar ownShare = SecretScalar.of(polynomial.evaluate(self.scalar()));
            DkgRound2 next = new DkgRound2(parameters, ownShare, feldman, commitments, view, otSetup, out);
            done = true;
            return next;
        } finally {
            polynomial.destroy();
            if (!done) {
                otSetup.destroy();
            }
        }
    }

    /** The digest of every party's round-1 commitment (this party's included) that round 2 echoes. */
    private byte[] view(Map<Identifier, byte[]> received) {
        Map<Identifier, byte[]> commitments = new HashMap<>(received);
        commitments.put(
                parameters.self(), DkgContexts.commitment(parameters.session(), parameters.self(), feldman, proof));
        return BroadcastView.digest("dkg", parameters.session(), commitments);
    }

    /** Wipes the polynomial and the base-OT choices, unless {@link #round2} already took them over. */
    @Override
    public synchronized void destroy() {
        if (!consumed) {
            consumed = true;
            polynomial.destroy();
            otSetup.destroy();
        }
    }

    @Override
    public boolean isDestroyed() {
        return polynomial.isDestroyed();
    }

    @Override
    public String toString() {
        return "DkgRound1[" + parameters.self() + ", <redacted>]";
    }
}
