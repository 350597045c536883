package dev.custos.ecdsa.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import dev.custos.ecdsa.keys.PairwiseOtSetup;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Distributed key generation for DKLs23: Feldman VSS by every party with commit-then-open and a proof of knowledge of
 * each constant term bound to the session and dealer, plus the pairwise base OTs that set up the OT extension in both
 * directions of every pair (docs/ECDSA.md, "DKG"). Laid out as frost's {@code Dkg}, one state per round:
 *
 * <ol>
 *   <li>{@link #start}: samples the polynomial, commits to it and starts the base OTs; the returned {@link DkgRound1}
 *       holds one {@link DkgRound1Message} per peer;
 *   <li>{@link DkgRound1#round2}: with every peer's round-1 message, opens the commitment, deals the shares and answers
 *       the peers' base OTs; the returned {@link DkgRound2} holds one {@link DkgRound2Message} per peer;
 *   <li>{@link DkgRound2#finish}: with every peer's round-2 message, checks every echo, opening, proof and share (naming
 *       the dealer at fault) and builds this party's {@link dev.custos.ecdsa.keys.KeyShare}.
 * </ol>
 *
 * Each state is one-shot ({@link DkgState}). The share's OT pairs must then be verified ({@link
 * dev.custos.ecdsa.keys.OtVerification}) before it is used; {@link DkgCeremony} runs both for all parties in one
 * process.
 */
public final class Dkg {
    private Dkg() {}

    /** Round 1 for {@code parameters.self()}: a commitment and a base-OT start for each peer. */
    public static DkgRound1 start(DkgParameters parameters, SecureRandom random) {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(random, "random is null");
        Identifier self = parameters.self();
        Polynomial polynomial = Polynomial.random(Secp256k1.FIELD, parameters.threshold(), random);
        FeldmanCommitment feldman = polynomial.commit(Secp256k1.GROUP);
        DiscreteLogProof proof = DiscreteLogProof.prove(
                DkgContexts.proof(parameters.session(), self, parameters.threshold()),
                polynomial.constantTerm(),
                feldman.constantTerm(),
                random);
        PairwiseOtSetup otSetup = PairwiseOtSetup.start("dkg", parameters.session(), self, parameters.peers(), random);
        byte[] commitment = DkgContexts.commitment(parameters.session(), self, feldman, proof);
        List<DkgRound1Message> messages = new ArrayList<>();
        otSetup.firstMessages()
                .forEach((peer, baseOt) ->
                        messages.add(new DkgRound1Message(parameters.session(), self, peer, commitment, baseOt)));
        return new DkgRound1(parameters, polynomial, feldman, proof, otSetup, messages);
    }
}
