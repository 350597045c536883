package dev.custos.ecdsa.presign;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.internal.StateChecks;
import dev.custos.ecdsa.multiply.VoleReceiver;
import dev.custos.ecdsa.multiply.VoleSender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A signer's secret state after presigning round 1: its inputs, its multiplications as Bob, and the round-1 messages to
 * send. One-shot: {@link #round2} consumes it.
 */
public final class PresignRound1 implements PresignState {
    private final PresignInputs inputs;
    private final Map<Identifier, VoleReceiver> asBob;
    private final List<PresignRound1Message> messages;
    private boolean consumed;

    PresignRound1(PresignInputs inputs, Map<Identifier, VoleReceiver> asBob, List<PresignRound1Message> messages) {
        this.inputs = inputs;
        this.asBob = Map.copyOf(asBob);
        this.messages = List.copyOf(messages);
    }

    @Override
    public SessionId session() {
        return inputs.session;
    }

    @Override
    public List<Identifier> signers() {
        return inputs.signers;
    }

    @Override
    public Identifier identifier() {
        return inputs.self();
    }

    /** The round-1 messages, one per peer: the commitment to {@code R_i} and the OT-extension message as Bob. */
    public List<PresignRound1Message> messages() {
        return messages;
    }

    /**
     * Round 2: answers each peer's multiplication as Alice with inputs {@code (r_i, sk_i)} (the KOS check of each runs
     * under the pair's lock, and a failure retires the pair before the error is thrown) and opens {@code R_i}.
     *
     * @throws EcdsaException naming the culprit: {@code OT_EXTENSION_CHECK_FAILED}, {@code UNEXPECTED_MESSAGE}, {@code
     *     MISSING_MESSAGE}; {@code OT_PAIR_RETIRED} if a pair was retired meanwhile; {@code INVALID_STATE} if this state
     *     was used or destroyed
     */
    public synchronized PresignRound2 round2(List<PresignRound1Message> received) throws EcdsaException {
        StateChecks.requireUnused(consumed, "presigning round 1 state");
        consumed = true;
        boolean done = false;
        try {
            PresignRound2 next = answerAll(Inbox.collect(received, inputs.session, inputs.self(), inputs.peers));
            done = true;
            return next;
        } finally {
            if (!done) {
                inputs.wipe();
            }
        }
    }

    private PresignRound2 answerAll(Map<Identifier, PresignRound1Message> round1) throws EcdsaException {
        List<Identifier> peers = inputs.peers;
        byte[] view = view(round1);
        List<Scalar> masks = new ArrayList<>(peers.size());
        List<byte[]> multiplicationSalts = new ArrayList<>(peers.size());
        for (int i = 0; i < peers.size(); i++) {
            masks.add(Secp256k1.FIELD.random(inputs.random));
            multiplicationSalts.add(VoleSender.drawSalt(inputs.random));
        }
        List<AliceOutput> outputs;
        try {
            outputs = PerPeer.run(
                    peers,
                    inputs.executor,
                    (index, peer) ->
                            answer(peer, round1.get(peer), view, masks.get(index), multiplicationSalts.get(index)));
        } finally {
            masks.forEach(Scalar::wipe); // each task wipes its own; this covers tasks that failed early
        }
        Map<Identifier, Scalar[]> asAlice = new TreeMap<>();
        List<PresignRound2Message> out = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            asAlice.put(peers.get(i), outputs.get(i).shares());
            out.add(outputs.get(i).message());
        }
        return new PresignRound2(inputs, asBob, round1, view, asAlice, out);
    }

    /** This party's outputs as Alice toward one peer: its multiplication shares and the message. */
    private record AliceOutput(Scalar[] shares, PresignRound2Message message) {}

    /**
     * One peer's part of round 2 (runs on the executor; reads only state fixed before the round's tasks start). The
     * KOS check runs under the pair's lock: a failure retires the pair before any other session can use it.
     */
    private AliceOutput answer(
            Identifier peer, PresignRound1Message first, byte[] view, Scalar maskInput, byte[] multiplicationSalt)
            throws EcdsaException {
        Identifier self = inputs.self();
        VoleSender.Result alice = inputs.key.withVerifiedPair(
                peer,
                pair -> VoleSender.respond(
                        pair.asSender(),
                        PresignContexts.multiplication(inputs.session, inputs.signers, self, peer),
                        first.extension(),
                        List.of(inputs.nonce, inputs.weightedShare),
                        maskInput,
                        multiplicationSalt));
        Scalar nonceShareOut = alice.shares().get(0);
        Scalar keyShareOut = alice.shares().get(1);
        PresignRound2Message message = new PresignRound2Message(
                inputs.session,
                self,
                peer,
                inputs.nonceShare,
                inputs.salt,
                inputs.publicShare,
                Secp256k1.GROUP.multiplyGenerator(nonceShareOut),
                Secp256k1.GROUP.multiplyGenerator(keyShareOut),
                inputs.mask.subtract(asBob.get(peer).input()),
                alice.response(),
                view);
        return new AliceOutput(new Scalar[] {nonceShareOut, keyShareOut}, message);
    }

    /** The digest of every signer's round-1 commitment (this party's included) that round 2 echoes. */
    private byte[] view(Map<Identifier, PresignRound1Message> round1) {
        Map<Identifier, byte[]> commitments = new HashMap<>();
        round1.forEach((peer, message) -> commitments.put(peer, message.commitment()));
        commitments.put(
                inputs.self(),
                PresignContexts.nonceCommitment(inputs.session, inputs.self(), inputs.nonceShare, inputs.salt));
        return BroadcastView.digest("presign", inputs.session, commitments);
    }

    /** Wipes the run's secrets, unless {@link #round2} already took them over. */
    @Override
    public synchronized void destroy() {
        if (!consumed) {
            consumed = true;
            inputs.wipe();
        }
    }

    /** Whether this state was consumed (by {@link #round2}, successful or not) or destroyed. */
    @Override
    public synchronized boolean isDestroyed() {
        return consumed;
    }

    @Override
    public String toString() {
        return "PresignRound1[" + inputs.self() + ", " + inputs.session + ", <redacted>]";
    }
}
