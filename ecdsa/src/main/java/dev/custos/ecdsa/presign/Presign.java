package dev.custos.ecdsa.presign;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.multiply.VoleReceiver;
import dev.custos.ecdsa.ote.ExtensionReceiver;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;

/**
 * The message-independent rounds of DKLs23 threshold signing (Protocol 3.6, rounds 1 and 2), producing one signer's
 * single-use {@link Presignature} (docs/ECDSA.md, "Signing"). One state per round:
 *
 * <ol>
 *   <li>{@link #start}: commits to {@code R_i} and starts the multiplication with each peer as Bob; the returned {@link
 *       PresignRound1} holds one {@link PresignRound1Message} per peer;
 *   <li>{@link PresignRound1#round2}: answers each peer's multiplication as Alice with inputs {@code (r_i, sk_i)} and
 *       opens {@code R_i}; the returned {@link PresignRound2} holds one {@link PresignRound2Message} per peer;
 *   <li>{@link PresignRound2#finish}: checks every peer's values (naming the culprit where the protocol can tell) and
 *       returns the presignature, to be saved in a {@link dev.custos.ecdsa.store.PresignatureStore}.
 * </ol>
 *
 * <p>Each state is one-shot ({@link PresignState}); any failure wipes the run's secrets. The OT seeds with each peer
 * are long-lived, so three things keep a run from ever repeating or probing them: {@link #start} records the session
 * id with the key share ({@link KeyShare#claimPresignSession}: a used id is refused before anything is computed); each
 * multiplication is keyed by fresh salts of both sides (the receiver's for its column PRG, the sender's for its row
 * hash), so even a repeated id gives unrelated masks; and the seeds are reached only through {@link
 * KeyShare#withVerifiedPair}, which refuses a pair that is not verified and retires a pair whose OT-extension check
 * fails before the error is thrown. {@link PresignCeremony} runs it for all signers in one process.
 */
public final class Presign {
    private Presign() {}

    /**
     * Starts presigning for {@code signers} (this party among them, at least the key's threshold, all holders of the
     * key) in a fresh {@code session}, and runs round 1. The OT pairs with the other signers must have been verified by
     * {@link dev.custos.ecdsa.keys.OtVerificationRound3#finish} ({@code UNVERIFIED_KEY_SHARE} otherwise) and not
     * retired since ({@code OT_PAIR_RETIRED}); the session is recorded as used with the key share's store before
     * anything is computed ({@code SESSION_REUSED} if it was used before, by this share or a tweak of it).
     *
     * @throws EcdsaException {@code INVALID_STATE} for a wrong signer list, and the codes above
     */
    public static PresignRound1 start(KeyShare key, SessionId session, List<Identifier> signers, SecureRandom random)
            throws EcdsaException {
        return start(key, session, signers, random, Runnable::run);
    }

    /**
     * As {@link #start(KeyShare, SessionId, List, SecureRandom)}, running the per-peer work of each round (the two
     * multiplications with each peer and their checks) as one task per peer on {@code executor}, for example a pool
     * with one thread per core. All randomness is drawn on the calling thread, in peer order, and results are
     * applied in peer order, so the messages, the presignature and the culprit of a failure do not depend on the
     * executor. The tasks share no mutable state.
     */
    public static PresignRound1 start(
            KeyShare key, SessionId session, List<Identifier> signers, SecureRandom random, Executor executor)
            throws EcdsaException {
        requireNonNull(executor, "executor is null");
        requireNonNull(key, "key is null");
        requireNonNull(session, "session is null");
        requireNonNull(signers, "signers is null");
        requireNonNull(random, "random is null");
        List<Identifier> sorted = List.copyOf(new TreeSet<>(signers));
        if (sorted.size() != signers.size()) {
            throw new EcdsaException(EcdsaErrorCode.INVALID_STATE, "signers contain duplicates");
        }
        if (sorted.size() < key.threshold()) {
            throw new EcdsaException(
                    EcdsaErrorCode.INVALID_STATE,
                    "need at least " + key.threshold() + " signers, got " + sorted.size());
        }
        if (!sorted.contains(key.self())) {
            throw new EcdsaException(EcdsaErrorCode.INVALID_STATE, key.self() + " is not among the signers");
        }
        if (!key.parties().containsAll(sorted)) {
            throw new EcdsaException(EcdsaErrorCode.INVALID_STATE, "a signer holds no share of this key");
        }
        key.requireVerifiedPairs(
                sorted.stream().filter(p -> !p.equals(key.self())).toList(), "presign");
        key.claimPresignSession(session);
        PresignInputs inputs = new PresignInputs(key, session, sorted, random, executor);
        boolean done = false;
        try {
            PresignRound1 first = round1(inputs);
            done = true;
            return first;
        } finally {
            if (!done) {
                inputs.wipe();
            }
        }
    }

    /** Round 1: commit to {@code R_i}; start the multiplication with each peer as Bob. */
    private static PresignRound1 round1(PresignInputs inputs) throws EcdsaException {
        Identifier self = inputs.self();
        List<Identifier> peers = inputs.peers;
        byte[] commitment = PresignContexts.nonceCommitment(inputs.session, self, inputs.nonceShare, inputs.salt);
        List<long[]> choices = new ArrayList<>(peers.size());
        List<byte[]> extensionSalts = new ArrayList<>(peers.size());
        for (int i = 0; i < peers.size(); i++) {
            choices.add(ExtensionReceiver.drawChoices(inputs.random));
            extensionSalts.add(ExtensionReceiver.drawSalt(inputs.random));
        }
        List<VoleReceiver> bobs = PerPeer.run(
                peers,
                inputs.executor,
                (index, peer) -> inputs.key.withVerifiedPair(
                        peer,
                        pair -> VoleReceiver.start(
                                pair.asReceiver(),
                                PresignContexts.multiplication(inputs.session, inputs.signers, peer, self),
                                choices.get(index),
                                extensionSalts.get(index))));
        Map<Identifier, VoleReceiver> asBob = new TreeMap<>();
        List<PresignRound1Message> messages = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            Identifier peer = peers.get(i);
            asBob.put(peer, bobs.get(i));
            messages.add(new PresignRound1Message(
                    inputs.session, self, peer, commitment, bobs.get(i).message()));
        }
        return new PresignRound1(inputs, asBob, messages);
    }
}
