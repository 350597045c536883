package dev.custos.frost.refresh;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.lifecycle.FeldmanChecks;
import dev.custos.frost.lifecycle.LifecycleChecks;
import dev.custos.frost.lifecycle.ShareDealing;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A participant's secret state after refresh round 1: its zero polynomial. One-shot. */
public final class RefreshRound1 implements RefreshState {
    private final RefreshParameters parameters;
    private final KeyPackage keyPackage;
    private final Polynomial polynomial;
    private final RefreshRound1Package round1Package;
    private boolean consumed;

    RefreshRound1(
            RefreshParameters parameters,
            KeyPackage keyPackage,
            Polynomial polynomial,
            RefreshRound1Package round1Package) {
        this.parameters = parameters;
        this.keyPackage = keyPackage;
        this.polynomial = polynomial;
        this.round1Package = round1Package;
    }

    @Override
    public RefreshParameters parameters() {
        return parameters;
    }

    @Override
    public Identifier identifier() {
        return keyPackage.identifier();
    }

    /** The package to broadcast to every other participant. */
    public RefreshRound1Package round1Package() {
        return round1Package;
    }

    /**
     * Round 2: checks the other participants' commitments (one each) and computes their shares of zero.
     *
     * @throws FrostException naming the culprits: {@link FrostErrorCode#INVALID_CONSTANT_TERM} ({@code C_0} is not the
     *     identity), {@link FrostErrorCode#INCORRECT_NUMBER_OF_COMMITMENTS}, {@link FrostErrorCode#IDENTITY_COMMITMENT}
     *     (in {@code C_1..C_{t-1}}), and the sender checks of {@link LifecycleChecks#bySender}
     * @throws IllegalStateException if this state was already used or destroyed
     */
    public synchronized RefreshRound2 part2(Collection<RefreshRound1Package> received) throws FrostException {
        requireNonNull(received, "received is null");
        LifecycleChecks.requireUnused(consumed, "refresh round 1 state");
        Ciphersuite suite = parameters.suite();
        Identifier identifier = identifier();
        List<Identifier> others = LifecycleChecks.without(parameters.participants(), identifier);
        SortedMap<Identifier, RefreshRound1Package> packages =
                LifecycleChecks.bySender(suite, parameters.sessionId(), received, others, "refresh round 1 package");
        SortedMap<Identifier, FeldmanCommitment> commitments = new TreeMap<>();
        for (RefreshRound1Package each : packages.values()) {
            requireZeroConstant(each);
            FeldmanChecks.requireThreshold(each.commitment(), parameters.minSigners(), each.sender());
            FeldmanChecks.requireNoIdentity(each.commitment(), true, each.sender());
            commitments.put(each.sender(), each.commitment());
        }
        commitments.put(identifier, round1Package.commitment());
        consumed = true;
        try {
            SortedMap<Identifier, RefreshRound2Package> outgoing = ShareDealing.deal(
                    polynomial,
                    others,
                    (other, share) ->
                            new RefreshRound2Package(suite, parameters.sessionId(), identifier, other, share));
            SecretScalar ownShare = SecretScalar.of(polynomial.evaluate(identifier.value()));
            return new RefreshRound2(parameters, keyPackage, ownShare, commitments, outgoing);
        } finally {
            polynomial.destroy();
        }
    }

    private static void requireZeroConstant(RefreshRound1Package received) throws FrostException {
        if (!received.commitment().constantTerm().isIdentity()) {
            throw FrostException.blame(
                    FrostErrorCode.INVALID_CONSTANT_TERM,
                    received.sender(),
                    "its refresh commitment has a non-identity constant term: it would change" + " the group key");
        }
    }

    @Override
    public synchronized void destroy() {
        consumed = true;
        polynomial.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return polynomial.isDestroyed();
    }

    @Override
    public String toString() {
        return "RefreshRound1[" + parameters.suite().name() + ", " + identifier() + ", <redacted>]";
    }
}
