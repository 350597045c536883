package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.ot.SenderVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The verification phase of DKLs19's "verified Simplest OT" (ePrint 2019/523) for every base-OT batch of a key share,
 * run by all parties of the committee after the DKG (or resharing) and before the share is used: in each direction of
 * each pair the base-OT sender challenges, the receiver proves knowledge of its chosen pads, the sender checks that and
 * opens the hashes of both pads, and the receiver checks the opening (docs/ECDSA.md, "Base OT"). Three rounds, one
 * state per round:
 *
 * <ol>
 *   <li>{@link #start}: the challenges ({@link OtVerificationRound1#messages()});
 *   <li>{@link OtVerificationRound1#round2}: the responses to the peers' challenges;
 *   <li>{@link OtVerificationRound2#round3}: checks the peers' responses and opens this party's pad hashes;
 *   <li>{@link OtVerificationRound3#finish}: checks the peers' openings and returns the share, now usable.
 * </ol>
 *
 * <p>The verification is one-shot for each OT pair, because the answer to a challenge tells a probing challenger the
 * answering party's Δ (the choice bits of its base OTs, the long-term KOS correlation): {@link #start} refuses unless
 * every pair is {@link PairState#UNVERIFIED}; {@link OtVerificationRound1#round2} refuses a challenge with a zero entry
 * (retiring the challenger's pair) and saves every pair as {@link PairState#CHALLENGED} before any answer is computed;
 * only {@link OtVerificationRound3#finish}, after every check passed, saves them {@link PairState#VERIFIED}. A failed
 * check retires the culprit's pair ({@link PairState#BURNED}); an abort, timeout or crash leaves the pairs {@link
 * PairState#CHALLENGED}, which nothing but a refresh replaces. Each state is one-shot ({@link OtVerificationState});
 * {@link OtVerificationCeremony} runs the phase for a whole committee in one process.
 */
public final class OtVerification {
    private OtVerification() {}

    /**
     * Round 1: this party's challenge for each batch it sent as base-OT sender. {@code session} must be fresh and the
     * same for every party of the committee.
     *
     * @throws EcdsaException if a pair is not {@link PairState#UNVERIFIED}: {@code INVALID_STATE} (already verified),
     *     {@code OT_PAIR_RETIRED} (challenged or burned), naming the peer
     */
    public static OtVerificationRound1 start(KeyShare key, SessionId session) throws EcdsaException {
        requireNonNull(key, "key is null");
        requireNonNull(session, "session is null");
        List<Identifier> peers = new ArrayList<>(key.parties());
        peers.remove(key.self());
        key.pairs().require(peers, PairState.UNVERIFIED, "verify it");
        Map<Identifier, SenderVerification> asSender = new TreeMap<>();
        List<OtChallengeMessage> messages = new ArrayList<>();
        for (Identifier peer : peers) {
            SenderVerification verification = SenderVerification.start(
                    context(session, key.self(), peer), key.pairwise(peer).asReceiver());
            asSender.put(peer, verification);
            messages.add(new OtChallengeMessage(session, key.self(), peer, verification.challenge()));
        }
        return new OtVerificationRound1(key, session, peers, asSender, messages);
    }

    /** The context of the batch from base-OT {@code sender} to {@code receiver} in this verification session. */
    static byte[] context(SessionId session, Identifier sender, Identifier receiver) {
        return Hasher.sha256("ot-verify/base-ot")
                .put(session.bytes())
                .put(sender)
                .put(receiver)
                .digest();
    }
}
