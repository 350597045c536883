package dev.custos.ecdsa.keys;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.internal.StateChecks;
import dev.custos.ecdsa.ot.BaseOtChallenge;
import dev.custos.ecdsa.ot.BaseOtException;
import dev.custos.ecdsa.ot.BaseOtReceiver;
import dev.custos.ecdsa.ot.SenderVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A party's state after round 1 of the base-OT verification: its challenges (to send) and what it needs to check the
 * answers. One-shot: {@link #round2} consumes it.
 */
public final class OtVerificationRound1 implements OtVerificationState {
    private final KeyShare key;
    private final SessionId session;
    private final List<Identifier> peers;
    private final Map<Identifier, SenderVerification> asSender;
    private final List<OtChallengeMessage> messages;
    private boolean consumed;

    OtVerificationRound1(
            KeyShare key,
            SessionId session,
            List<Identifier> peers,
            Map<Identifier, SenderVerification> asSender,
            List<OtChallengeMessage> messages) {
        this.key = key;
        this.session = session;
        this.peers = List.copyOf(peers);
        this.asSender = Map.copyOf(asSender);
        this.messages = List.copyOf(messages);
    }

    @Override
    public KeyShare key() {
        return key;
    }

    @Override
    public SessionId session() {
        return session;
    }

    /** The challenges, one per peer (for the batch this party sent it as base-OT sender). */
    public List<OtChallengeMessage> messages() {
        return messages;
    }

    /**
     * Round 2: the responses to each peer's challenge, proving knowledge of the chosen pads. A challenge with a zero
     * entry (a probe of this party's Δ) is refused and retires its sender's pair; then every pair is saved {@link
     * PairState#CHALLENGED} before any answer is computed, so that no pair ever answers twice.
     *
     * @throws EcdsaException {@code OT_VERIFICATION_FAILED} naming the challenger, {@code STORAGE_FAILED} if the state
     *     change could not be saved (nothing was answered), {@code UNEXPECTED_MESSAGE} / {@code MISSING_MESSAGE}, {@code
     *     INVALID_STATE} if this state was used or destroyed
     */
    public synchronized OtVerificationRound2 round2(List<OtChallengeMessage> received) throws EcdsaException {
        StateChecks.requireUnused(consumed, "OT verification round 1 state");
        consumed = true;
        Map<Identifier, OtChallengeMessage> challenges = Inbox.collect(received, session, key.self(), peers);
        for (Identifier peer : peers) {
            if (challenges.get(peer).challenge().hasZeroEntry()) {
                key.pairs().burn(peer);
                throw EcdsaException.blame(
                        EcdsaErrorCode.OT_VERIFICATION_FAILED,
                        peer,
                        "its challenge has a zero entry, a probe of this party's choice bits; not answered");
            }
        }
        // saved before any answer exists: a crash from here on leaves the pairs retired, never re-verifiable
        key.pairs().transition(peers, PairState.UNVERIFIED, PairState.CHALLENGED);
        Map<Identifier, BaseOtChallenge> challengesReceived = new TreeMap<>();
        List<OtResponseMessage> out = new ArrayList<>();
        for (Identifier peer : peers) {
            BaseOtChallenge challenge = challenges.get(peer).challenge();
            challengesReceived.put(peer, challenge);
            try {
                out.add(new OtResponseMessage(
                        session,
                        key.self(),
                        peer,
                        BaseOtReceiver.answer(
                                OtVerification.context(session, peer, key.self()),
                                key.pairwise(peer).asSender(),
                                challenge)));
            } catch (BaseOtException e) {
                key.pairs().burn(peer);
                throw EcdsaException.blame(EcdsaErrorCode.OT_VERIFICATION_FAILED, peer, e.getMessage());
            }
        }
        return new OtVerificationRound2(key, session, peers, asSender, challengesReceived, out);
    }

    @Override
    public synchronized void destroy() {
        consumed = true;
    }

    @Override
    public synchronized boolean isDestroyed() {
        return consumed;
    }

    @Override
    public String toString() {
        return "OtVerificationRound1[" + key.self() + ", " + session + "]";
    }
}
