package dev.custos.frost.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SigningShare;
import dev.custos.frost.lifecycle.FeldmanChecks;
import dev.custos.frost.lifecycle.LifecycleChecks;
import dev.custos.frost.lifecycle.LifecycleOutput;
import dev.custos.frost.taproot.Taproot;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A participant's secret state after DKG round 2: its own share {@code f_i(i)}, every participant's verified
 * commitment, and the round 2 packages to send. One-shot: {@link #part3} consumes it.
 */
public final class DkgRound2 implements DkgState {
    private final DkgParameters parameters;
    private final Identifier identifier;
    private final SecretScalar ownShare;
    private final SortedMap<Identifier, FeldmanCommitment> commitments;
    private final SortedMap<Identifier, Round2Package> outgoing;
    private final byte[] round1Digest;
    private boolean consumed;

    DkgRound2(
            DkgParameters parameters,
            Identifier identifier,
            SecretScalar ownShare,
            SortedMap<Identifier, FeldmanCommitment> commitments,
            SortedMap<Identifier, Round2Package> outgoing,
            byte[] round1Digest) {
        this.parameters = parameters;
        this.identifier = identifier;
        this.ownShare = ownShare;
        this.commitments = Collections.unmodifiableSortedMap(new TreeMap<>(commitments));
        this.outgoing = Collections.unmodifiableSortedMap(new TreeMap<>(outgoing));
        this.round1Digest = round1Digest;
    }

    @Override
    public DkgParameters parameters() {
        return parameters;
    }

    @Override
    public Identifier identifier() {
        return identifier;
    }

    /**
     * The round 2 packages to send, keyed by recipient; each must go privately to its recipient only. Destroy them once
     * sent.
     */
    public SortedMap<Identifier, Round2Package> round2Packages() {
        return outgoing;
    }

    /**
     * A 64-byte digest of all round 1 packages this participant accepted. Participants that compare it (e.g. in an
     * echo-broadcast confirmation round) detect a sender that gave different round 1 packages to different receivers.
     */
    public byte[] round1Digest() {
        return round1Digest.clone();
    }

    /**
     * Round 3: checks the round 2 packages addressed to this participant from every other participant against the
     * senders' round 1 commitments, and derives the key package and the group's public key package. For secp256k1-tr
     * the outputs get ZF's post-DKG processing: even-Y group key, then the BIP341 key-path tweak (see {@link Taproot}).
     * The received packages are destroyed on success.
     *
     * @throws FrostException naming the culprits: {@link FrostErrorCode#INCORRECT_PACKAGE} (addressed to someone else),
     *     {@link FrostErrorCode#UNKNOWN_IDENTIFIER}, {@link FrostErrorCode#DUPLICATE_IDENTIFIER}, {@link
     *     FrostErrorCode#PACKAGE_NOT_FOUND}, {@link FrostErrorCode#SESSION_MISMATCH}, {@link
     *     FrostErrorCode#INVALID_SECRET_SHARE} (every sender whose share does not match its commitment)
     * @throws IllegalStateException if this state was already used or destroyed
     */
    public synchronized LifecycleOutput part3(Collection<Round2Package> received) throws FrostException {
        requireNonNull(received, "received is null");
        LifecycleChecks.requireUnused(consumed, "DKG round 2 state");
        Ciphersuite suite = parameters.suite();
        List<Identifier> others = LifecycleChecks.without(parameters.participants(), identifier);
        SortedMap<Identifier, Round2Package> packages = LifecycleChecks.bySenderFor(
                suite, parameters.sessionId(), identifier, received, others, "DKG round 2 package");
        SortedMap<Identifier, Scalar> shares = new TreeMap<>();
        Scalar sum = ownShare.value().add(suite.scalarField().zero());
        for (Round2Package each : packages.values()) {
            shares.put(each.sender(), each.share());
            Scalar next = sum.add(each.share());
            sum.wipe();
            sum = next;
        }
        SecretScalar signingScalar = SecretScalar.of(sum);
        try {
            FeldmanCommitment groupCommitment = FeldmanChecks.sum(commitments.values());
            PublicKeyPackage publicKeyPackage = FeldmanChecks.publicKeyPackage(
                    suite, groupCommitment, parameters.participants(), parameters.minSigners());
            FeldmanChecks.verifyShares(
                    identifier,
                    signingScalar.value(),
                    publicKeyPackage.verifyingShare(identifier).element(),
                    commitments,
                    shares);
            consumed = true;
            KeyPackage keyPackage = KeyPackage.create(
                    identifier,
                    SigningShare.of(suite, signingScalar.value()),
                    publicKeyPackage.verifyingShare(identifier),
                    publicKeyPackage.verifyingKey(),
                    parameters.minSigners());
            ownShare.destroy();
            packages.values().forEach(Round2Package::destroy);
            return postProcess(keyPackage, publicKeyPackage);
        } finally {
            signingScalar.destroy();
        }
    }

    /** ZF FROST's {@code post_dkg}: for secp256k1-tr, even Y then the unspendable-script-path BIP341 tweak. */
    private static LifecycleOutput postProcess(KeyPackage keyPackage, PublicKeyPackage publicKeyPackage)
            throws FrostException {
        if (!keyPackage.suite().requiresEvenY()) {
            return new LifecycleOutput(keyPackage, publicKeyPackage);
        }
        try {
            return new LifecycleOutput(Taproot.tweak(keyPackage, null), Taproot.tweak(publicKeyPackage, null));
        } finally {
            keyPackage.destroy();
        }
    }

    @Override
    public synchronized void destroy() {
        consumed = true;
        ownShare.destroy();
        outgoing.values().forEach(Round2Package::destroy);
    }

    @Override
    public boolean isDestroyed() {
        return ownShare.isDestroyed();
    }

    @Override
    public String toString() {
        return "DkgRound2[" + parameters.suite().name() + ", " + identifier + ", <redacted>]";
    }
}
