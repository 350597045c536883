package dev.custos.ecdsa.keys;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.internal.StateChecks;
import dev.custos.ecdsa.ot.BaseOtChallenge;
import dev.custos.ecdsa.ot.BaseOtException;
import dev.custos.ecdsa.ot.SenderVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A party's state after round 2 of the base-OT verification: its responses (to send; its pairs are already {@link
 * PairState#CHALLENGED}) and the challenges it answered. One-shot: {@link #round3} consumes it.
 */
public final class OtVerificationRound2 implements OtVerificationState {
    private final KeyShare key;
    private final SessionId session;
    private final List<Identifier> peers;
    private final Map<Identifier, SenderVerification> asSender;
    private final Map<Identifier, BaseOtChallenge> challengesReceived;
    private final List<OtResponseMessage> messages;
    private boolean consumed;

    OtVerificationRound2(
            KeyShare key,
            SessionId session,
            List<Identifier> peers,
            Map<Identifier, SenderVerification> asSender,
            Map<Identifier, BaseOtChallenge> challengesReceived,
            List<OtResponseMessage> messages) {
        this.key = key;
        this.session = session;
        this.peers = List.copyOf(peers);
        this.asSender = Map.copyOf(asSender);
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

    /** The responses, one per peer. */
    public List<OtResponseMessage> messages() {
        return messages;
    }

    /**
     * Round 3: checks each peer's response to this party's challenge and opens this party's pad hashes toward it. A
     * wrong response retires the responder's pair.
     *
     * @throws EcdsaException {@code OT_VERIFICATION_FAILED} naming the peer, {@code UNEXPECTED_MESSAGE} / {@code
     *     MISSING_MESSAGE}, {@code INVALID_STATE} if this state was used or destroyed
     */
    public synchronized OtVerificationRound3 round3(List<OtResponseMessage> received) throws EcdsaException {
        StateChecks.requireUnused(consumed, "OT verification round 2 state");
        consumed = true;
        Map<Identifier, OtResponseMessage> responses = Inbox.collect(received, session, key.self(), peers);
        List<OtOpeningMessage> out = new ArrayList<>();
        for (Identifier peer : peers) {
            try {
                out.add(new OtOpeningMessage(
                        session,
                        key.self(),
                        peer,
                        asSender.get(peer).open(responses.get(peer).response())));
            } catch (BaseOtException e) {
                key.pairs().burn(peer);
                throw EcdsaException.blame(EcdsaErrorCode.OT_VERIFICATION_FAILED, peer, e.getMessage());
            }
        }
        return new OtVerificationRound3(key, session, peers, challengesReceived, out);
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
        return "OtVerificationRound2[" + key.self() + ", " + session + "]";
    }
}
