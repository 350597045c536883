package dev.custos.ecdsa.presign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.SignerSet;
import dev.custos.ecdsa.multiply.VoleReceiver;
import dev.custos.ecdsa.multiply.VoleSender;
import dev.custos.ecdsa.ote.ExtensionReceiver;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executor;

/**
 * One signer in the message-independent rounds of DKLs23 threshold signing (Protocol 3.6, rounds 1 and 2), producing a
 * single-use {@link Presignature}. Call {@link #round1()}, {@link #round2}, {@link #finish} once each, in order; any
 * failure aborts the party for good and names the culprit where the protocol can tell.
 *
 * <p>The OT seeds with each peer are long-lived, so three things keep a run from ever repeating or probing them:
 * {@link #start} records the session id with the key share ({@link KeyShare#claimPresignSession}: a used id is refused
 * before anything is computed); each multiplication is keyed by fresh salts of both sides (the receiver's for its
 * column PRG, the sender's for its row hash), so even a repeated id gives unrelated masks; and the seeds are reached
 * only through {@link KeyShare#withVerifiedPair}, which refuses a pair that is not verified and retires a pair whose
 * OT-extension check fails before the error is thrown.
 */
public final class PresignParty {
    private enum Stage {
        ROUND1,
        ROUND2,
        FINISH,
        DONE,
        ABORTED
    }

    private final KeyShare key;
    private final SessionId session;
    private final List<Identifier> signers;
    private final List<Identifier> peers;
    private final SecureRandom random;
    private final Executor executor;
    private final SignerSet signerSet;
    private final Scalar weightedShare;
    private final Element publicShare;
    private final Scalar nonce;
    private final Scalar mask;
    private final Element nonceShare;
    /** Salt of this party's nonce commitment (opened in round 2). */
    private final byte[] salt = new byte[PresignRound2Message.SALT_LENGTH];

    private final Map<Identifier, VoleReceiver> asBob = new HashMap<>();
    private final Map<Identifier, Scalar[]> asAlice = new HashMap<>();
    private Map<Identifier, PresignRound1Message> round1Received = Map.of();
    private byte[] view = new byte[0];
    private Stage stage = Stage.ROUND1;

    private PresignParty(
            KeyShare key, SessionId session, List<Identifier> signers, SecureRandom random, Executor executor) {
        this.key = key;
        this.executor = executor;
        this.session = session;
        this.signers = signers;
        this.peers = signers.stream().filter(p -> !p.equals(key.self())).toList();
        this.random = random;
        this.signerSet = key.signerSet(signers);
        Scalar coefficient = signerSet.coefficient(key.self());
        this.weightedShare = coefficient.multiply(key.secretShare());
        coefficient.wipe();
        this.nonce = hedged("presign/nonce", key, session, random);
        this.mask = hedged("presign/mask", key, session, random);
        this.nonceShare = Secp256k1.GROUP.multiplyGenerator(nonce);
        // λ_i·Y_i = λ_i·p(i)·G = sk_i·G: the key share checks Y_i = p(i)·G when it is built
        this.publicShare = signerSet.weightedShare(key.self());
        random.nextBytes(salt);
    }

    /**
     * Starts presigning for {@code signers} (this party among them, at least the key's threshold, all holders of the
     * key) in a fresh {@code session}. The OT pairs with the other signers must have been verified by
     * {@link dev.custos.ecdsa.keys.OtVerificationRound3#finish} ({@code UNVERIFIED_KEY_SHARE} otherwise) and not retired
     * since ({@code OT_PAIR_RETIRED}); the session is recorded as used with the key share's store before this returns
     * ({@code SESSION_REUSED} if it was used before, by this share or a tweak of it).
     */
    public static PresignParty start(KeyShare key, SessionId session, List<Identifier> signers, SecureRandom random)
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
    public static PresignParty start(
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
        return new PresignParty(key, session, sorted, random, executor);
    }

    /**
     * A hedged secret (as RFC 9591 §4.1 does for FROST nonces): fresh randomness hashed with the key share and the
     * session, so that a weak or repeating random generator alone does not repeat the nonce.
     */
    private static Scalar hedged(String domain, KeyShare key, SessionId session, SecureRandom random) {
        byte[] fresh = new byte[32];
        while (true) {
            random.nextBytes(fresh);
            Scalar value = Hasher.sha512(domain)
                    .put(fresh)
                    .put(key.secretShare())
                    .put(session.bytes())
                    .put(key.self())
                    .digestScalar();
            if (!value.isZero()) {
                Arrays.fill(fresh, (byte) 0);
                return value;
            }
        }
    }

    /** Round 1: commit to {@code R_i}; start the multiplication with each peer as Bob. */
    public List<PresignRound1Message> round1() throws EcdsaException {
        advance(Stage.ROUND1, Stage.ROUND2);
        Identifier self = key.self();
        byte[] commitment = PresignContexts.nonceCommitment(session, self, nonceShare, salt);
        List<long[]> choices = new ArrayList<>(peers.size());
        List<byte[]> extensionSalts = new ArrayList<>(peers.size());
        for (int i = 0; i < peers.size(); i++) {
            choices.add(ExtensionReceiver.drawChoices(random));
            extensionSalts.add(ExtensionReceiver.drawSalt(random));
        }
        List<VoleReceiver> bobs = PerPeer.run(
                peers,
                executor,
                (index, peer) -> key.withVerifiedPair(
                        peer,
                        pair -> VoleReceiver.start(
                                pair.asReceiver(),
                                PresignContexts.multiplication(session, signers, peer, self),
                                choices.get(index),
                                extensionSalts.get(index))));
        List<PresignRound1Message> out = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            Identifier peer = peers.get(i);
            asBob.put(peer, bobs.get(i));
            out.add(new PresignRound1Message(
                    session, self, peer, commitment, bobs.get(i).message()));
        }
        return out;
    }

    /** Round 2: answer each peer's multiplication as Alice with inputs (r_i, sk_i) and open {@code R_i}. */
    public List<PresignRound2Message> round2(List<PresignRound1Message> received) throws EcdsaException {
        advance(Stage.ROUND2, Stage.FINISH);
        try {
            Identifier self = key.self();
            round1Received = Inbox.collect(received, session, self, peers);
            view = view();
            List<Scalar> masks = new ArrayList<>(peers.size());
            List<byte[]> multiplicationSalts = new ArrayList<>(peers.size());
            for (int i = 0; i < peers.size(); i++) {
                masks.add(Secp256k1.FIELD.random(random));
                multiplicationSalts.add(VoleSender.drawSalt(random));
            }
            List<AliceOutput> outputs;
            try {
                outputs = PerPeer.run(
                        peers,
                        executor,
                        (index, peer) -> answer(peer, masks.get(index), multiplicationSalts.get(index)));
            } finally {
                masks.forEach(Scalar::wipe); // each task wipes its own; this covers tasks that failed early
            }
            List<PresignRound2Message> out = new ArrayList<>();
            for (int i = 0; i < peers.size(); i++) {
                asAlice.put(peers.get(i), outputs.get(i).shares());
                out.add(outputs.get(i).message());
            }
            return out;
        } catch (EcdsaException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** This party's outputs as Alice toward one peer: its multiplication shares and the message. */
    private record AliceOutput(Scalar[] shares, PresignRound2Message message) {}

    /**
     * One peer's part of round 2 (runs on the executor; reads only state fixed before the round's tasks start). The
     * KOS check runs under the pair's lock: a failure retires the pair before any other session can use it.
     */
    private AliceOutput answer(Identifier peer, Scalar maskInput, byte[] multiplicationSalt) throws EcdsaException {
        Identifier self = key.self();
        VoleSender.Result alice = key.withVerifiedPair(
                peer,
                pair -> VoleSender.respond(
                        pair.asSender(),
                        PresignContexts.multiplication(session, signers, self, peer),
                        round1Received.get(peer).extension(),
                        List.of(nonce, weightedShare),
                        maskInput,
                        multiplicationSalt));
        Scalar nonceShareOut = alice.shares().get(0);
        Scalar keyShareOut = alice.shares().get(1);
        PresignRound2Message message = new PresignRound2Message(
                session,
                self,
                peer,
                nonceShare,
                salt,
                publicShare,
                Secp256k1.GROUP.multiplyGenerator(nonceShareOut),
                Secp256k1.GROUP.multiplyGenerator(keyShareOut),
                mask.subtract(asBob.get(peer).input()),
                alice.response(),
                view);
        return new AliceOutput(new Scalar[] {nonceShareOut, keyShareOut}, message);
    }

    /** Checks every peer's round-2 values and returns this party's presignature (not yet stored). */
    public Presignature finish(List<PresignRound2Message> received) throws EcdsaException {
        advance(Stage.FINISH, Stage.DONE);
        try {
            return combine(Inbox.collect(received, session, key.self(), peers));
        } catch (EcdsaException | RuntimeException e) {
            abort();
            throw e;
        } finally {
            wipe();
        }
    }

    private byte[] view() {
        Map<Identifier, byte[]> commitments = new HashMap<>();
        round1Received.forEach((peer, message) -> commitments.put(peer, message.commitment()));
        commitments.put(key.self(), PresignContexts.nonceCommitment(session, key.self(), nonceShare, salt));
        return BroadcastView.digest("presign", session, commitments);
    }

    private Presignature combine(Map<Identifier, PresignRound2Message> messages) throws EcdsaException {
        for (PresignRound2Message message : messages.values()) {
            if (!MessageDigest.isEqual(view, message.view())) {
                throw new EcdsaException(
                        EcdsaErrorCode.INCONSISTENT_BROADCAST,
                        message.from() + " saw different nonce commitments than " + key.self()
                                + ": a signer equivocated");
            }
        }
        List<Scalar[]> bobOutputs = PerPeer.run(
                peers,
                executor,
                (index, peer) -> PeerCheck.check(
                        signerSet, peer, round1Received.get(peer), messages.get(peer), asBob.get(peer)));
        Element totalNonce = nonceShare;
        Scalar maskSum = mask;
        Scalar nonceProduct = Secp256k1.FIELD.zero();
        Scalar keyProduct = Secp256k1.FIELD.zero();
        for (int i = 0; i < peers.size(); i++) {
            Identifier peer = peers.get(i);
            PresignRound2Message message = messages.get(peer);
            Scalar[] bobShares = bobOutputs.get(i);
            Scalar[] aliceShares = asAlice.get(peer);
            totalNonce = totalNonce.add(message.nonceShare());
            maskSum = maskSum.add(message.maskDifference());
            nonceProduct = nonceProduct.add(aliceShares[0]).add(bobShares[0]);
            keyProduct = keyProduct.add(aliceShares[1]).add(bobShares[1]);
        }
        // each pk_j passed PeerCheck against λ_j·Y_j and pk_i is λ_i·Y_i: Σ pk_j is the signer set's Σ λ_j·Y_j
        if (!signerSet.weightedShareSum().equals(key.publicKey())) {
            throw new EcdsaException(
                    EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, "public key shares do not sum to the public key");
        }
        if (totalNonce.isIdentity()) {
            throw new EcdsaException(EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, "the nonce point is the identity");
        }
        nonceProduct = nonceProduct.add(nonce.multiply(maskSum));
        keyProduct = keyProduct.add(weightedShare.multiply(maskSum));
        PresignatureInfo info = new PresignatureInfo(session, signers, totalNonce, key.publicKey());
        return new Presignature(info, key.self(), mask.add(Secp256k1.FIELD.zero()), nonceProduct, keyProduct);
    }

    private void advance(Stage expected, Stage next) throws EcdsaException {
        if (stage != expected) {
            throw new EcdsaException(
                    EcdsaErrorCode.INVALID_STATE, "presign party is in stage " + stage + ", not " + expected);
        }
        stage = next;
    }

    private void abort() {
        stage = Stage.ABORTED;
        wipe();
    }

    private void wipe() {
        nonce.wipe();
        mask.wipe();
        weightedShare.wipe();
        for (Scalar[] shares : asAlice.values()) {
            for (Scalar share : shares) {
                share.wipe();
            }
        }
    }

    @Override
    public String toString() {
        return "PresignParty[" + key.self() + ", " + session + ", stage=" + stage + "]";
    }
}
