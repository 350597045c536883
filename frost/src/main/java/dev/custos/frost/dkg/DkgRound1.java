package dev.custos.frost.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.transcript.Transcript;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.lifecycle.FeldmanChecks;
import dev.custos.frost.lifecycle.LifecycleChecks;
import dev.custos.frost.lifecycle.ShareDealing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A participant's secret state after DKG round 1: its polynomial and its broadcast package. One-shot: {@link #part2}
 * consumes it and wipes the polynomial.
 */
public final class DkgRound1 implements DkgState {
    private final DkgParameters parameters;
    private final Identifier identifier;
    private final Polynomial polynomial;
    private final Round1Package round1Package;
    private boolean consumed;

    DkgRound1(DkgParameters parameters, Identifier identifier, Polynomial polynomial, Round1Package round1Package) {
        this.parameters = parameters;
        this.identifier = identifier;
        this.polynomial = polynomial;
        this.round1Package = round1Package;
    }

    @Override
    public DkgParameters parameters() {
        return parameters;
    }

    @Override
    public Identifier identifier() {
        return identifier;
    }

    /** The package to broadcast to every other participant. */
    public Round1Package round1Package() {
        return round1Package;
    }

    /**
     * Round 2: checks the round 1 packages of all other participants (exactly one each; one's own package must not be
     * included) and computes the secret shares to send them.
     *
     * @throws FrostException naming the culprits: {@link FrostErrorCode#CIPHERSUITE_MISMATCH}, {@link
     *     FrostErrorCode#SESSION_MISMATCH}, {@link FrostErrorCode#UNKNOWN_IDENTIFIER}, {@link
     *     FrostErrorCode#DUPLICATE_IDENTIFIER}, {@link FrostErrorCode#PACKAGE_NOT_FOUND}, {@link
     *     FrostErrorCode#INCORRECT_NUMBER_OF_COMMITMENTS} (commitment length is not {@code minSigners}), {@link
     *     FrostErrorCode#IDENTITY_COMMITMENT}, {@link FrostErrorCode#INVALID_PROOF_OF_KNOWLEDGE} (all failing senders)
     * @throws IllegalStateException if this state was already used or destroyed
     */
    public synchronized DkgRound2 part2(Collection<Round1Package> received) throws FrostException {
        requireNonNull(received, "received is null");
        LifecycleChecks.requireUnused(consumed, "DKG round 1 state");
        Ciphersuite suite = parameters.suite();
        List<Identifier> others = LifecycleChecks.without(parameters.participants(), identifier);
        SortedMap<Identifier, Round1Package> packages =
                LifecycleChecks.bySender(suite, parameters.sessionId(), received, others, "DKG round 1 package");
        List<Identifier> badProofs = new ArrayList<>();
        for (Round1Package received1 : packages.values()) {
            FeldmanCommitment commitment = received1.commitment();
            FeldmanChecks.requireThreshold(commitment, parameters.minSigners(), received1.sender());
            FeldmanChecks.requireNoIdentity(commitment, false, received1.sender());
            if (!ProofOfKnowledge.verify(
                    parameters, received1.sender(), commitment.constantTerm(), received1.proofOfKnowledge())) {
                badProofs.add(received1.sender());
            }
        }
        if (!badProofs.isEmpty()) {
            throw new FrostException(
                    FrostErrorCode.INVALID_PROOF_OF_KNOWLEDGE,
                    "invalid proof of knowledge from " + badProofs,
                    badProofs);
        }
        consumed = true;
        try {
            SortedMap<Identifier, FeldmanCommitment> commitments = new TreeMap<>();
            for (Map.Entry<Identifier, Round1Package> entry : packages.entrySet()) {
                commitments.put(entry.getKey(), entry.getValue().commitment());
            }
            commitments.put(identifier, round1Package.commitment());
            SortedMap<Identifier, Round2Package> outgoing = ShareDealing.deal(
                    polynomial,
                    others,
                    (other, share) -> new Round2Package(suite, parameters.sessionId(), identifier, other, share));
            SecretScalar ownShare = SecretScalar.of(polynomial.evaluate(identifier.value()));
            return new DkgRound2(parameters, identifier, ownShare, commitments, outgoing, digest(packages));
        } finally {
            polynomial.destroy();
        }
    }

    /** Transcript digest of all round 1 packages (including one's own), in identifier order. */
    private byte[] digest(SortedMap<Identifier, Round1Package> others) {
        SortedMap<Identifier, Round1Package> all = new TreeMap<>(others);
        all.put(identifier, round1Package);
        Transcript transcript = Transcript.start("custos/frost/dkg/round1-digest/v1");
        for (Round1Package each : all.values()) {
            transcript.append("round1-package", each.encode());
        }
        return transcript.digest();
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
        return "DkgRound1[" + parameters.suite().name() + ", " + identifier + ", <redacted>]";
    }
}
