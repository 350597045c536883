package dev.custos.frost.refresh;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
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
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A participant's secret state after refresh round 2: its own share of zero, the verified commitments and the packages
 * to send. One-shot.
 */
public final class RefreshRound2 implements RefreshState {
    private final RefreshParameters parameters;
    private final KeyPackage keyPackage;
    private final SecretScalar ownShare;
    private final SortedMap<Identifier, FeldmanCommitment> commitments;
    private final SortedMap<Identifier, RefreshRound2Package> outgoing;
    private boolean consumed;

    RefreshRound2(
            RefreshParameters parameters,
            KeyPackage keyPackage,
            SecretScalar ownShare,
            SortedMap<Identifier, FeldmanCommitment> commitments,
            SortedMap<Identifier, RefreshRound2Package> outgoing) {
        this.parameters = parameters;
        this.keyPackage = keyPackage;
        this.ownShare = ownShare;
        this.commitments = Collections.unmodifiableSortedMap(new TreeMap<>(commitments));
        this.outgoing = Collections.unmodifiableSortedMap(new TreeMap<>(outgoing));
    }

    @Override
    public RefreshParameters parameters() {
        return parameters;
    }

    @Override
    public Identifier identifier() {
        return keyPackage.identifier();
    }

    /** The packages to send, keyed by recipient, each privately. Destroy them once sent. */
    public SortedMap<Identifier, RefreshRound2Package> round2Packages() {
        return outgoing;
    }

    /**
     * Round 3: checks the shares of zero addressed to this participant against their senders' commitments and outputs
     * the refreshed key package ({@code s_i' = s_i + sum_j z_j(i)}) and public key package ({@code Y_k' = Y_k + sum_j
     * Z_j(k)} for every participant {@code k}, same group key, holders outside the refresh removed). The old key package
     * is not destroyed here: destroy it once all participants have finished. Received packages are destroyed on success.
     *
     * @throws FrostException {@link FrostErrorCode#INVALID_SECRET_SHARE} naming every sender whose share does not match
     *     its commitment, and the sender checks of {@link LifecycleChecks#bySenderFor}
     * @throws IllegalStateException if this state was already used or destroyed
     */
    public synchronized LifecycleOutput part3(Collection<RefreshRound2Package> received) throws FrostException {
        requireNonNull(received, "received is null");
        LifecycleChecks.requireUnused(consumed, "refresh round 2 state");
        Ciphersuite suite = parameters.suite();
        Identifier identifier = identifier();
        List<Identifier> others = LifecycleChecks.without(parameters.participants(), identifier);
        SortedMap<Identifier, RefreshRound2Package> packages = LifecycleChecks.bySenderFor(
                suite, parameters.sessionId(), identifier, received, others, "refresh round 2 package");
        SortedMap<Identifier, Scalar> shares = new TreeMap<>();
        Scalar delta = ownShare.value().add(suite.scalarField().zero());
        for (RefreshRound2Package each : packages.values()) {
            shares.put(each.sender(), each.share());
            Scalar next = delta.add(each.share());
            delta.wipe();
            delta = next;
        }
        SecretScalar refreshDelta = SecretScalar.of(delta);
        try {
            FeldmanCommitment zeroCommitment = FeldmanChecks.sum(commitments.values());
            PublicKeyPackage old = parameters.publicKeyPackage();
            SortedMap<Identifier, Element> refreshed = new TreeMap<>();
            for (Identifier participant : parameters.participants()) {
                Element update = FeldmanChecks.evaluate(zeroCommitment, participant.value());
                if (participant.equals(identifier)) {
                    FeldmanChecks.verifyShares(identifier, refreshDelta.value(), update, commitments, shares);
                }
                refreshed.put(
                        participant, old.verifyingShare(participant).element().add(update));
            }
            PublicKeyPackage publicKeyPackage = FeldmanChecks.publicKeyPackage(
                    suite, old.verifyingKey().element(), refreshed, parameters.minSigners());
            consumed = true;
            Scalar newShare = keyPackage.signingShare().scalar().add(refreshDelta.value());
            KeyPackage refreshedKey;
            try {
                refreshedKey = KeyPackage.create(
                        identifier,
                        SigningShare.of(suite, newShare),
                        publicKeyPackage.verifyingShare(identifier),
                        publicKeyPackage.verifyingKey(),
                        parameters.minSigners());
            } finally {
                newShare.wipe();
            }
            ownShare.destroy();
            packages.values().forEach(RefreshRound2Package::destroy);
            return new LifecycleOutput(refreshedKey, publicKeyPackage);
        } finally {
            refreshDelta.destroy();
        }
    }

    @Override
    public synchronized void destroy() {
        consumed = true;
        ownShare.destroy();
        outgoing.values().forEach(RefreshRound2Package::destroy);
    }

    @Override
    public boolean isDestroyed() {
        return ownShare.isDestroyed();
    }

    @Override
    public String toString() {
        return "RefreshRound2[" + parameters.suite().name() + ", " + identifier() + ", <redacted>]";
    }
}
