package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.Secp256k1;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.security.auth.Destroyable;

/**
 * One party's share of a threshold ECDSA key: its Shamir share {@code p(i)} of the secret key, the public key, every
 * party's verification share {@code p(j)·G}, and its OT setup with every other party. Secret: redacted, destroyable, no
 * value equality. Built only by the DKG (or refresh), which verified everything in it.
 */
public final class KeyShare implements Destroyable {
    private final PartyId self;
    private final int threshold;
    private final List<PartyId> parties;
    private final SecretScalar secretShare;
    private final Element publicKey;
    private final Map<PartyId, Element> verificationShares;
    private final Map<PartyId, PairwiseSetup> pairwise;
    private final byte[] chainCode;
    private final boolean ownsPairwise;

    public KeyShare(
            PartyId self,
            int threshold,
            SecretScalar secretShare,
            Element publicKey,
            Map<PartyId, Element> verificationShares,
            Map<PartyId, PairwiseSetup> pairwise,
            byte[] chainCode) {
        this(self, threshold, secretShare, publicKey, verificationShares, pairwise, chainCode, true);
    }

    private KeyShare(
            PartyId self,
            int threshold,
            SecretScalar secretShare,
            Element publicKey,
            Map<PartyId, Element> verificationShares,
            Map<PartyId, PairwiseSetup> pairwise,
            byte[] chainCode,
            boolean ownsPairwise) {
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
     * not destroyed with the tweaked one.
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
                false);
    }

    public PairwiseSetup pairwise(PartyId peer) {
        PairwiseSetup setup = pairwise.get(peer);
        if (setup == null) {
            throw new IllegalArgumentException("no OT setup with " + peer);
        }
        return setup;
    }

    @Override
    public void destroy() {
        secretShare.destroy();
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
        return "KeyShare[" + self + ", threshold=" + threshold + ", parties=" + parties.size() + ", <redacted>]";
    }
}
