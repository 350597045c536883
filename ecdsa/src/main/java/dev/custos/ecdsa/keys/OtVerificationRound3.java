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
import java.util.List;
import java.util.Map;

/**
 * A party's state after round 3 of the base-OT verification: its openings (to send) and the challenges it answered,
 * against which it checks the peers' openings. One-shot: {@link #finish} consumes it.
 */
public final class OtVerificationRound3 implements OtVerificationState {
    private final KeyShare key;
    private final SessionId session;
    private final List<Identifier> peers;
    private final Map<Identifier, BaseOtChallenge> challengesReceived;
    private final List<OtOpeningMessage> messages;
    private boolean consumed;

    OtVerificationRound3(
            KeyShare key,
            SessionId session,
            List<Identifier> peers,
            Map<Identifier, BaseOtChallenge> challengesReceived,
            List<OtOpeningMessage> messages) {
        this.key = key;
        this.session = session;
        this.peers = List.copyOf(peers);
        this.challengesReceived = Map.copyOf(challengesReceived);
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

    /** The openings of this party's pad hashes, one per peer. */
    public List<OtOpeningMessage> messages() {
        return messages;
    }

    /**
     * Checks each peer's opening; returns normally only if every base OT of this key share verified, and then saves
     * every pair {@link PairState#VERIFIED} and returns the share: from then on it can be used for presigning. A wrong
     * opening retires the opener's pair.
     *
     * @throws EcdsaException {@code OT_VERIFICATION_FAILED} naming the peer, {@code STORAGE_FAILED} if the verified
     *     states could not be saved (the pairs stay unusable), {@code UNEXPECTED_MESSAGE} / {@code MISSING_MESSAGE},
     *     {@code INVALID_STATE} if this state was used or destroyed
     */
    public synchronized KeyShare finish(List<OtOpeningMessage> received) throws EcdsaException {
        StateChecks.requireUnused(consumed, "OT verification round 3 state");
        consumed = true;
        Map<Identifier, OtOpeningMessage> openings = Inbox.collect(received, session, key.self(), peers);
        for (Identifier peer : peers) {
            try {
                BaseOtReceiver.verifyOpening(
                        OtVerification.context(session, peer, key.self()),
                        key.pairwise(peer).asSender(),
                        challengesReceived.get(peer),
                        openings.get(peer).opening());
            } catch (BaseOtException e) {
                key.pairs().burn(peer);
                throw EcdsaException.blame(EcdsaErrorCode.OT_VERIFICATION_FAILED, peer, e.getMessage());
            }
        }
        key.pairs().transition(peers, PairState.CHALLENGED, PairState.VERIFIED);
        return key;
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
        return "OtVerificationRound3[" + key.self() + ", " + session + "]";
    }
}
