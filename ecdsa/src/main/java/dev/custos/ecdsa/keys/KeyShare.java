package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Destroyable;

/**
 * One party's share of a threshold ECDSA key: its Shamir share {@code p(i)} of the secret key, the public key, every
 * party's verification share {@code p(j)·G}, and its OT setup with every other party. Secret: redacted, destroyable, no
 * value equality. Built by the DKG (or refresh/resharing), which verified everything in it except the base OTs.
 *
 * <p>Each OT pair (the seeds with one peer) has a {@link PairState}: new pairs are {@link PairState#UNVERIFIED}; only
 * {@link OtVerification} makes them {@link PairState#VERIFIED}, once; presigning reaches a pair's seeds only
 * through {@link #withVerifiedPair}, which refuses any other state; a failed check retires the pair
 * ({@link PairState#BURNED}) for good. The states, and the presigning sessions this share has started, are kept in a
 * {@link KeyShareStore} ({@link #keepIn}; in memory until then) before any message that depends on them leaves.
 */
public final class KeyShare implements Destroyable {
    private static final int MAX_CACHED_SIGNER_SETS = 64;

    private final Identifier self;
    private final int threshold;
    private final List<Identifier> parties;
    private final SecretScalar secretShare;
    private final Element publicKey;
    private final Map<Identifier, Element> verificationShares;
    private final OtPairs pairs;
    private final byte[] chainCode;
    private final boolean ownsPairs;
    /** Public values per signer set, computed on first use (bounded: cleared when full). */
    private final Map<List<Identifier>, SignerSet> signerSets = new ConcurrentHashMap<>();

    /** A new key share (from the DKG or resharing): every OT pair {@link PairState#UNVERIFIED}, kept in memory. */
    public KeyShare(
            Identifier self,
            int threshold,
            SecretScalar secretShare,
            Element publicKey,
            Map<Identifier, Element> verificationShares,
            Map<Identifier, PairwiseSetup> pairwise,
            byte[] chainCode) {
        this(self, threshold, secretShare, publicKey, verificationShares, pairwise, chainCode, unverified(pairwise));
    }

    /** For {@link KeyShareEncoding}: restores a share together with the state of each OT pair. */
    KeyShare(
            Identifier self,
            int threshold,
            SecretScalar secretShare,
            Element publicKey,
            Map<Identifier, Element> verificationShares,
            Map<Identifier, PairwiseSetup> pairwise,
            byte[] chainCode,
            Map<Identifier, PairState> states) {
        this(
                self,
                threshold,
                secretShare,
                publicKey,
                verificationShares,
                new OtPairs(requireNonNull(pairwise, "pairwise is null"), requireNonNull(states, "states is null")),
                chainCode,
                true);
        pairs.encodeWith(next -> KeyShareEncoding.encodeSecret(this, next));
    }

    private KeyShare(
            Identifier self,
            int threshold,
            SecretScalar secretShare,
            Element publicKey,
            Map<Identifier, Element> verificationShares,
            OtPairs pairs,
            byte[] chainCode,
            boolean ownsPairs) {
        requireNonNull(chainCode, "chainCode is null");
        if (chainCode.length != 32) {
            throw new IllegalArgumentException("chain code must be 32 bytes");
        }
        this.chainCode = chainCode.clone();
        this.ownsPairs = ownsPairs;
        this.self = requireNonNull(self, "self is null");
        this.secretShare = requireNonNull(secretShare, "secretShare is null");
        this.publicKey = requireNonNull(publicKey, "publicKey is null");
        requireNonNull(verificationShares, "verificationShares is null");
        this.verificationShares = Map.copyOf(new TreeMap<>(verificationShares));
        this.parties = List.copyOf(new TreeMap<>(verificationShares).keySet());
        if (threshold < 2 || threshold > parties.size()) {
            throw new IllegalArgumentException("threshold must be in [2, " + parties.size() + "], got " + threshold);
        }
        this.threshold = threshold;
        if (!parties.contains(self)) {
            throw new IllegalArgumentException(self + " has no verification share");
        }
        if (!Secp256k1.GROUP.multiplyGenerator(secretShare.value()).equals(verificationShares.get(self))) {
            throw new IllegalArgumentException("secret share does not match " + self + "'s verification share");
        }
        for (Identifier party : parties) {
            if (!party.equals(self)) {
                pairs.setup(party);
            }
        }
        if (pairs.setups().size() != parties.size() - 1) {
            throw new IllegalArgumentException("OT setups must be exactly one per other party");
        }
        this.pairs = pairs;
    }

    private static Map<Identifier, PairState> unverified(Map<Identifier, PairwiseSetup> pairwise) {
        Map<Identifier, PairState> states = new TreeMap<>();
        requireNonNull(pairwise, "pairwise is null").keySet().forEach(peer -> states.put(peer, PairState.UNVERIFIED));
        return states;
    }

    public Identifier self() {
        return self;
    }

    public int threshold() {
        return threshold;
    }

    /** All parties holding a share, in increasing order. */
    public List<Identifier> parties() {
        return parties;
    }

    public Element publicKey() {
        return publicKey;
    }

    public Element verificationShare(Identifier party) {
        Element share = verificationShares.get(party);
        if (share == null) {
            throw new IllegalArgumentException(party + " holds no share of this key");
        }
        return share;
    }

    /**
     * The public values of signer set {@code signers} (Lagrange coefficients, weighted verification shares), computed
     * once and reused by later presigning sessions with the same set.
     *
     * @throws IllegalArgumentException if {@code signers} is not sorted, has duplicates, or contains a non-holder
     */
    public SignerSet signerSet(List<Identifier> signers) {
        List<Identifier> set = List.copyOf(requireNonNull(signers, "signers is null"));
        SignerSet cached = signerSets.get(set);
        if (cached != null) {
            return cached;
        }
        for (int i = 0; i < set.size(); i++) {
            if (!verificationShares.containsKey(set.get(i))) {
                throw new IllegalArgumentException(set.get(i) + " holds no share of this key");
            }
            if (i > 0 && set.get(i - 1).compareTo(set.get(i)) >= 0) {
                throw new IllegalArgumentException("signers must be sorted and distinct: " + set);
            }
        }
        SignerSet computed = SignerSet.compute(set, verificationShares);
        if (signerSets.size() >= MAX_CACHED_SIGNER_SETS) {
            signerSets.clear();
        }
        signerSets.put(set, computed);
        return computed;
    }

    /** The secret share p(i); owned by this key share. */
    public Scalar secretShare() {
        return secretShare.value();
    }

    /** The BIP32 chain code of the group key, agreed in the DKG. */
    public byte[] chainCode() {
        return chainCode.clone();
    }

    /**
     * This share shifted by a public {@code tweak}: a share of {@code sk + tweak} under {@code PK + tweak·G}, e.g. for a
     * BIP32 non-hardened child ({@link dev.custos.ecdsa.derivation.ExtendedPublicKey#derivePath}). Every share moves by
     * the same constant, so any threshold subset still interpolates. The tweaked share uses this share's OT setup: the
     * same seeds, pair states, store and presigning-session registry (a session id is used once across a key and all
     * its children), and destroying it leaves the setup to this share.
     */
    public KeyShare tweak(Scalar tweak) {
        requireNonNull(tweak, "tweak is null");
        Element shift = Secp256k1.GROUP.multiplyGenerator(tweak);
        Map<Identifier, Element> shifted = new TreeMap<>();
        verificationShares.forEach((party, share) -> shifted.put(party, share.add(shift)));
        Element tweakedKey = publicKey.add(shift);
        if (tweakedKey.isIdentity()) {
            throw new IllegalArgumentException("tweak cancels the public key");
        }
        return new KeyShare(
                self,
                threshold,
                SecretScalar.of(secretShare().add(tweak)),
                tweakedKey,
                shifted,
                pairs,
                chainCode,
                false);
    }

    /** The state of the OT pair with {@code peer}. */
    public PairState pairState(Identifier peer) {
        return pairs.state(requireNonNull(peer, "peer is null"));
    }

    /** The state of every OT pair, by peer. */
    public Map<Identifier, PairState> pairStates() {
        return pairs.states();
    }

    /** Whether every OT pair of this share is {@link PairState#VERIFIED} (false for a new share). */
    public boolean baseOtsVerified() {
        return pairs.states().values().stream().allMatch(state -> state == PairState.VERIFIED);
    }

    /**
     * Runs one step of a two-party sub-protocol with {@code peer} on their OT pair, which must be
     * {@link PairState#VERIFIED}, holding the pair's lock for the step. If the step reports a failed OT-extension check,
     * the pair is retired ({@link PairState#BURNED}, saved) before this method throws, so no later session (nor a
     * concurrent one waiting for the lock) uses it again.
     *
     * @throws EcdsaException {@code UNVERIFIED_KEY_SHARE} or {@code OT_PAIR_RETIRED} naming the peer if the pair is not
     *     verified; {@code OT_EXTENSION_CHECK_FAILED} blaming the peer if the step's check failed
     */
    public <T> T withVerifiedPair(Identifier peer, PairStep<T> step) throws EcdsaException {
        requireNonNull(peer, "peer is null");
        requireNonNull(step, "step is null");
        return pairs.withVerified(peer, step);
    }

    /**
     * Refuses, naming the first peer and why, unless the OT pair with every peer in {@code peers} is
     * {@link PairState#VERIFIED}.
     *
     * @throws EcdsaException {@code UNVERIFIED_KEY_SHARE} or {@code OT_PAIR_RETIRED}
     */
    public void requireVerifiedPairs(List<Identifier> peers, String use) throws EcdsaException {
        pairs.require(requireNonNull(peers, "peers is null"), PairState.VERIFIED, requireNonNull(use, "use is null"));
    }

    /**
     * Records, durably, that presigning session {@code session} starts with this share's OT setup.
     *
     * @throws EcdsaException {@code SESSION_REUSED} if it was used before (with this share or a tweak of it),
     *     {@code STORAGE_FAILED} if it could not be recorded
     */
    public void claimPresignSession(SessionId session) throws EcdsaException {
        pairs.claimSession(requireNonNull(session, "session is null"));
    }

    /**
     * Keeps this share's state in {@code store} from now on: saves the share there and moves the sessions claimed so
     * far. Once per OT setup (a tweak shares its parent's store).
     *
     * @throws IllegalStateException if the share is already kept in another store
     */
    public void keepIn(KeyShareStore store) throws IOException {
        pairs.bind(store);
    }

    OtPairs pairs() {
        return pairs;
    }

    /** The OT setup with {@code peer}, whatever its state: for verification and encoding in this package. */
    PairwiseSetup pairwise(Identifier peer) {
        return pairs.setup(peer);
    }

    @Override
    public void destroy() {
        secretShare.destroy();
        signerSets.clear();
        if (ownsPairs) {
            pairs.destroy();
        }
    }

    @Override
    public boolean isDestroyed() {
        return secretShare.isDestroyed();
    }

    @Override
    public String toString() {
        return "KeyShare[" + self + ", threshold=" + threshold + ", parties=" + parties.size() + ", pairs="
                + pairs.states() + ", <redacted>]";
    }
}
