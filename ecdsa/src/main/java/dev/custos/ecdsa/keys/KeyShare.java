package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.Secp256k1;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Destroyable;

/**
 * One party's share of a threshold ECDSA key: its Shamir share {@code p(i)} of the secret key, the public key, every
 * party's verification share {@code p(j)·G}, and its OT setup with every other party. Secret: redacted, destroyable, no
 * value equality. Built by the DKG (or refresh/resharing), which verified everything in it except the base OTs: a new
 * key share starts <em>unverified</em> and becomes usable for presigning, and as a resharing dealer, only once
 * {@link OtVerificationParty#finish} has verified every base-OT batch it holds ({@link #baseOtsVerified()}). The state
 * is kept by {@link KeyShareEncoding}.
 */
public final class KeyShare implements Destroyable {
    private static final int MAX_CACHED_SIGNER_SETS = 64;

    private final PartyId self;
    private final int threshold;
    private final List<PartyId> parties;
    private final SecretScalar secretShare;
    private final Element publicKey;
    private final Map<PartyId, Element> verificationShares;
    private final Map<PartyId, PairwiseSetup> pairwise;
    private final byte[] chainCode;
    private final boolean ownsPairwise;
    /** Public values per signer set, computed on first use (bounded: cleared when full). */
    private final Map<List<PartyId>, SignerSet> signerSets = new ConcurrentHashMap<>();

    private volatile boolean baseOtsVerified;

    public KeyShare(
            PartyId self,
            int threshold,
            SecretScalar secretShare,
            Element publicKey,
            Map<PartyId, Element> verificationShares,
            Map<PartyId, PairwiseSetup> pairwise,
            byte[] chainCode) {
        this(self, threshold, secretShare, publicKey, verificationShares, pairwise, chainCode, true, false);
    }

    /** For {@link KeyShareEncoding}: restores a share together with its base-OT verification state. */
    KeyShare(
            PartyId self,
            int threshold,
            SecretScalar secretShare,
            Element publicKey,
            Map<PartyId, Element> verificationShares,
            Map<PartyId, PairwiseSetup> pairwise,
            byte[] chainCode,
            boolean baseOtsVerified) {
        this(self, threshold, secretShare, publicKey, verificationShares, pairwise, chainCode, true, baseOtsVerified);
    }

    private KeyShare(
            PartyId self,
            int threshold,
            SecretScalar secretShare,
            Element publicKey,
            Map<PartyId, Element> verificationShares,
            Map<PartyId, PairwiseSetup> pairwise,
            byte[] chainCode,
            boolean ownsPairwise,
            boolean baseOtsVerified) {
        requireNonNull(chainCode, "chainCode is null");
        if (chainCode.length != 32) {
            throw new IllegalArgumentException("chain code must be 32 bytes");
        }
        this.chainCode = chainCode.clone();
        this.ownsPairwise = ownsPairwise;
        this.self = requireNonNull(self, "self is null");
        this.secretShare = requireNonNull(secretShare, "secretShare is null");
        this.publicKey = requireNonNull(publicKey, "publicKey is null");
        requireNonNull(verificationShares, "verificationShares is null");
        requireNonNull(pairwise, "pairwise is null");
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
        for (PartyId party : parties) {
            if (!party.equals(self) && !pairwise.containsKey(party)) {
                throw new IllegalArgumentException("no OT setup with " + party);
            }
        }
        this.pairwise = Map.copyOf(pairwise);
        this.baseOtsVerified = baseOtsVerified;
    }

    public PartyId self() {
        return self;
    }

    public int threshold() {
        return threshold;
    }

    /** All parties holding a share, in increasing order. */
    public List<PartyId> parties() {
        return parties;
    }

    public Element publicKey() {
        return publicKey;
    }

    public Element verificationShare(PartyId party) {
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
    public SignerSet signerSet(List<PartyId> signers) {
        List<PartyId> set = List.copyOf(requireNonNull(signers, "signers is null"));
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
     * the same constant, so any threshold subset still interpolates. The OT setup is shared with this key share and is
     * not destroyed with the tweaked one. The tweaked share takes over this share's current base-OT verification state.
     */
    public KeyShare tweak(Scalar tweak) {
        requireNonNull(tweak, "tweak is null");
        Element shift = Secp256k1.GROUP.multiplyGenerator(tweak);
        Map<PartyId, Element> shifted = new TreeMap<>();
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
                pairwise,
                chainCode,
                false,
                baseOtsVerified);
    }

    public PairwiseSetup pairwise(PartyId peer) {
        PairwiseSetup setup = pairwise.get(peer);
        if (setup == null) {
            throw new IllegalArgumentException("no OT setup with " + peer);
        }
        return setup;
    }

    /** Whether {@link OtVerificationParty#finish} verified every base-OT batch of this share (false for a new share). */
    public boolean baseOtsVerified() {
        return baseOtsVerified;
    }

    /**
     * Refuses to use this share for {@code use} (e.g. "presigning") unless its base OTs were verified.
     *
     * @throws EcdsaException with {@link EcdsaErrorCode#UNVERIFIED_KEY_SHARE} if they were not
     */
    public void requireBaseOtsVerified(String use) throws EcdsaException {
        requireNonNull(use, "use is null");
        if (!baseOtsVerified) {
            throw new EcdsaException(
                    EcdsaErrorCode.UNVERIFIED_KEY_SHARE,
                    "the base OTs of " + self + "'s key share were not verified; run OtVerificationParty with the"
                            + " whole committee before " + use);
        }
    }

    /** Called only by {@link OtVerificationParty#finish} after every base-OT batch verified. */
    void markBaseOtsVerified() {
        baseOtsVerified = true;
    }

    @Override
    public void destroy() {
        secretShare.destroy();
        signerSets.clear();
        if (ownsPairwise) {
            pairwise.values().forEach(PairwiseSetup::destroy);
        }
    }

    @Override
    public boolean isDestroyed() {
        return secretShare.isDestroyed();
    }

    @Override
    public String toString() {
        return "KeyShare[" + self + ", threshold=" + threshold + ", parties=" + parties.size() + ", baseOtsVerified="
                + baseOtsVerified + ", <redacted>]";
    }
}
