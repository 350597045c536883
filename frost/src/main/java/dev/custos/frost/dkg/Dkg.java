package dev.custos.frost.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import java.security.SecureRandom;

/**
 * Distributed key generation: Pedersen's DKG with Feldman VSS and Schnorr proofs of knowledge, as FROST KeyGen (RFC 9591
 * Appendix C, ZF FROST {@code keys/dkg.rs}). No party ever holds the group secret.
 *
 * <ol>
 *   <li>{@link #part1}: each participant samples a polynomial of degree {@code t-1}, commits to it and proves knowledge of
 *       its constant term; it broadcasts {@link DkgRound1#round1Package()}.
 *   <li>{@link DkgRound1#part2}: with everyone else's round 1 packages, it checks every proof and commitment and
 *       computes one {@link Round2Package} per other participant, sent privately.
 *   <li>{@link DkgRound2#part3}: with the round 2 packages addressed to it, it checks every share against its sender's
 *       commitment and outputs its {@link dev.custos.frost.keys.KeyPackage} and the group's {@link
 *       dev.custos.frost.keys.PublicKeyPackage}.
 * </ol>
 *
 * See {@link DkgCeremony} to run all participants in one process, and docs/FROST-LIFECYCLE.md.
 */
public final class Dkg {
    private Dkg() {}

    /**
     * Round 1 for participant {@code self}.
     *
     * @throws IllegalArgumentException if {@code self} is not one of the parameters' participants
     */
    public static DkgRound1 part1(DkgParameters parameters, Identifier self, SecureRandom random) {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(random, "random is null");
        Polynomial polynomial = Polynomial.random(parameters.suite().scalarField(), parameters.minSigners(), random);
        return part1(parameters, self, polynomial, random);
    }

    /** Round 1 with a given secret polynomial (known-answer tests); takes ownership of {@code polynomial}. */
    static DkgRound1 part1(DkgParameters parameters, Identifier self, Polynomial polynomial, SecureRandom random) {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(self, "self is null");
        requireNonNull(random, "random is null");
        if (!parameters.isParticipant(self)) {
            throw new IllegalArgumentException(self + " is not a participant of this DKG");
        }
        if (polynomial.threshold() != parameters.minSigners()) {
            throw new IllegalArgumentException("polynomial must have minSigners coefficients");
        }
        Ciphersuite suite = parameters.suite();
        FeldmanCommitment commitment = polynomial.commit(suite.group());
        Signature proof =
                ProofOfKnowledge.prove(parameters, self, polynomial.constantTerm(), commitment.constantTerm(), random);
        Round1Package round1Package = new Round1Package(suite, parameters.sessionId(), self, commitment, proof);
        return new DkgRound1(parameters, self, polynomial, round1Package);
    }
}
