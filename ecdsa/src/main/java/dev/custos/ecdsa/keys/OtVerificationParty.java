package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.ot.BaseOtChallenge;
import dev.custos.ecdsa.ot.BaseOtException;
import dev.custos.ecdsa.ot.BaseOtReceiver;
import dev.custos.ecdsa.ot.SenderVerification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verification phase of DKLs19's "verified Simplest OT" for every base-OT batch of a key share, run by all
 * parties of the committee after the DKG (or resharing) and before the share is used: in each direction of each pair
 * the base-OT sender challenges, the receiver proves knowledge of its chosen pads, the sender checks that and opens
 * the hashes of both pads, and the receiver checks the opening. Three rounds, each method called once, in order:
 * {@link #round1()}, {@link #round2}, {@link #round3}, {@link #finish}. A failed check aborts the party and names the
 * peer that cheated.
 *
 * <p>The verification is one-shot for each OT pair, because the answer to a challenge tells a probing challenger the
 * answering party's Δ (the choice bits of its base OTs, the long-term KOS correlation): every pair must be
 * {@link PairState#UNVERIFIED} to start; {@link #round2} saves every pair as {@link PairState#CHALLENGED} before its
 * answers are returned; only {@link #finish}, after every check passed, saves them {@link PairState#VERIFIED}. A failed
 * check retires the culprit's pair ({@link PairState#BURNED}); an abort, timeout or crash leaves the pairs
 * {@link PairState#CHALLENGED}, which nothing but a refresh replaces.
 */
public final class OtVerificationParty {
    private enum Stage {
        ROUND1,
        ROUND2,
        ROUND3,
        FINISH,
        DONE,
        ABORTED
    }

    private final KeyShare key;
    private final SessionId session;
    private final List<Identifier> peers;
    private final Map<Identifier, SenderVerification> asSender = new HashMap<>();
    private final Map<Identifier, BaseOtChallenge> challengesReceived = new HashMap<>();
    private Stage stage = Stage.ROUND1;

    private OtVerificationParty(KeyShare key, SessionId session) {
        this.key = key;
        this.session = session;
        List<Identifier> others = new ArrayList<>(key.parties());
        others.remove(key.self());
        this.peers = List.copyOf(others);
    }

    /** {@code session} must be fresh and the same for every party of the committee. */
    public static OtVerificationParty start(KeyShare key, SessionId session) {
        return new OtVerificationParty(requireNonNull(key, "key is null"), requireNonNull(session, "session is null"));
    }

    /** Round 1: this party's challenge for each batch it sent as base-OT sender. */
    public List<OtChallengeMessage> round1() throws EcdsaException {
        advance(Stage.ROUND1, Stage.ROUND2);
        try {
            key.pairs().require(peers, PairState.UNVERIFIED, "verify it");
        } catch (EcdsaException e) {
            stage = Stage.ABORTED;
            throw e;
        }
        List<OtChallengeMessage> out = new ArrayList<>();
        for (Identifier peer : peers) {
            SenderVerification verification = SenderVerification.start(
                    context(key.self(), peer), key.pairwise(peer).asReceiver());
            asSender.put(peer, verification);
            out.add(new OtChallengeMessage(session, key.self(), peer, verification.challenge()));
        }
        return out;
    }

    /** Round 2: the responses to each peer's challenge, proving knowledge of the chosen pads. */
    public List<OtResponseMessage> round2(List<OtChallengeMessage> received) throws EcdsaException {
        advance(Stage.ROUND2, Stage.ROUND3);
        try {
            Map<Identifier, OtChallengeMessage> messages = Inbox.collect(received, session, key.self(), peers);
            for (Identifier peer : peers) {
                if (messages.get(peer).challenge().hasZeroEntry()) {
                    key.pairs().burn(peer);
                    throw EcdsaException.blame(
                            EcdsaErrorCode.OT_VERIFICATION_FAILED,
                            peer,
                            "its challenge has a zero entry, a probe of this party's choice bits; not answered");
                }
            }
            // saved before any answer exists: a crash from here on leaves the pairs retired, never re-verifiable
            key.pairs().transition(peers, PairState.UNVERIFIED, PairState.CHALLENGED);
            List<OtResponseMessage> out = new ArrayList<>();
            for (Identifier peer : peers) {
                BaseOtChallenge challenge = messages.get(peer).challenge();
                challengesReceived.put(peer, challenge);
                try {
                    out.add(new OtResponseMessage(
                            session,
                            key.self(),
                            peer,
                            BaseOtReceiver.answer(
                                    context(peer, key.self()),
                                    key.pairwise(peer).asSender(),
                                    challenge)));
                } catch (BaseOtException e) {
                    key.pairs().burn(peer);
                    throw EcdsaException.blame(EcdsaErrorCode.OT_VERIFICATION_FAILED, peer, e.getMessage());
                }
            }
            return out;
        } catch (EcdsaException | RuntimeException e) {
            stage = Stage.ABORTED;
            throw e;
        }
    }

    /** Round 3: checks each peer's response and opens this party's pad hashes toward it. */
    public List<OtOpeningMessage> round3(List<OtResponseMessage> received) throws EcdsaException {
        advance(Stage.ROUND3, Stage.FINISH);
        try {
            Map<Identifier, OtResponseMessage> messages = Inbox.collect(received, session, key.self(), peers);
            List<OtOpeningMessage> out = new ArrayList<>();
            for (Identifier peer : peers) {
                try {
                    out.add(new OtOpeningMessage(
                            session,
                            key.self(),
                            peer,
                            asSender.get(peer).open(messages.get(peer).response())));
                } catch (BaseOtException e) {
                    key.pairs().burn(peer);
                    throw EcdsaException.blame(EcdsaErrorCode.OT_VERIFICATION_FAILED, peer, e.getMessage());
                }
            }
            return out;
        } catch (EcdsaException | RuntimeException e) {
            stage = Stage.ABORTED;
            throw e;
        }
    }

    /**
     * Checks each peer's opening; returns normally only if every base OT of this key share verified, and then saves every
     * pair {@link PairState#VERIFIED} and returns the share: from then on it can be used for presigning.
     */
    public KeyShare finish(List<OtOpeningMessage> received) throws EcdsaException {
        advance(Stage.FINISH, Stage.DONE);
        try {
            Map<Identifier, OtOpeningMessage> messages = Inbox.collect(received, session, key.self(), peers);
            for (Identifier peer : peers) {
                try {
                    BaseOtReceiver.verifyOpening(
                            context(peer, key.self()),
                            key.pairwise(peer).asSender(),
                            challengesReceived.get(peer),
                            messages.get(peer).opening());
                } catch (BaseOtException e) {
                    key.pairs().burn(peer);
                    throw EcdsaException.blame(EcdsaErrorCode.OT_VERIFICATION_FAILED, peer, e.getMessage());
                }
            }
            key.pairs().transition(peers, PairState.CHALLENGED, PairState.VERIFIED);
            return key;
        } catch (EcdsaException | RuntimeException e) {
            stage = Stage.ABORTED;
            throw e;
        }
    }

    private byte[] context(Identifier sender, Identifier receiver) {
        return Hasher.sha256("ot-verify/base-ot")
                .put(session.bytes())
                .put(sender)
                .put(receiver)
                .digest();
    }

    private void advance(Stage expected, Stage next) throws EcdsaException {
        if (stage != expected) {
            throw new EcdsaException(
                    EcdsaErrorCode.INVALID_STATE, "OT verification party is in stage " + stage + ", not " + expected);
        }
        stage = next;
    }

    @Override
    public String toString() {
        return "OtVerificationParty[" + key.self() + ", stage=" + stage + "]";
    }
}
