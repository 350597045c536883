package dev.custos.ecdsa.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.PairwiseOtSetup;
import dev.custos.ecdsa.keys.PairwiseSetup;
import dev.custos.ecdsa.ot.BaseOtReceiverMessage;
import dev.custos.ecdsa.ot.BaseOtSenderMessage;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One party of the distributed key generation: Feldman VSS by every party with commit-then-open and a proof of
 * knowledge of each constant term bound to the session and dealer, plus the pairwise base OTs that set up the OT
 * extension in both directions of every pair. Two rounds; each method must be called once, in order:
 * {@link #round1()}, {@link #round2}, {@link #finish}. Any failure aborts the party for good.
 */
public final class DkgParty {
    private enum Stage {
        ROUND1,
        ROUND2,
        FINISH,
        DONE,
        ABORTED
    }

    private final DkgParameters parameters;
    private final Polynomial polynomial;
    private final FeldmanCommitment feldman;
    private final DiscreteLogProof proof;
    private final PairwiseOtSetup otSetup;
    private Map<Identifier, DkgRound1Message> round1Received = Map.of();
    private byte[] view = new byte[0];
    private Stage stage = Stage.ROUND1;

    private DkgParty(DkgParameters parameters, SecureRandom random) {
        this.parameters = parameters;
        this.polynomial = Polynomial.random(Secp256k1.FIELD, parameters.threshold(), random);
        this.feldman = polynomial.commit(Secp256k1.GROUP);
        this.proof = DiscreteLogProof.prove(
                DkgContexts.proof(parameters.session(), parameters.self(), parameters.threshold()),
                polynomial.constantTerm(),
                feldman.constantTerm(),
                random);
        this.otSetup =
                PairwiseOtSetup.start("dkg", parameters.session(), parameters.self(), parameters.peers(), random);
    }

    public static DkgParty start(DkgParameters parameters, SecureRandom random) {
        return new DkgParty(requireNonNull(parameters, "parameters is null"), requireNonNull(random, "random is null"));
    }

    /** Round 1: a commitment and a base-OT start for each peer. */
    public List<DkgRound1Message> round1() throws EcdsaException {
        advance(Stage.ROUND1, Stage.ROUND2);
        Identifier self = parameters.self();
        byte[] commitment = DkgContexts.commitment(parameters.session(), self, feldman, proof);
        List<DkgRound1Message> out = new ArrayList<>();
        otSetup.firstMessages()
                .forEach((peer, baseOt) ->
                        out.add(new DkgRound1Message(parameters.session(), self, peer, commitment, baseOt)));
        return out;
    }

    /** Round 2: opens the commitment, deals the shares, answers each peer's base OTs. */
    public List<DkgRound2Message> round2(List<DkgRound1Message> received) throws EcdsaException {
        advance(Stage.ROUND2, Stage.FINISH);
        try {
            Identifier self = parameters.self();
            round1Received = Inbox.collect(received, parameters.session(), self, parameters.peers());
            Map<Identifier, BaseOtSenderMessage> baseOts = new HashMap<>();
            round1Received.forEach((peer, message) -> baseOts.put(peer, message.baseOt()));
            Map<Identifier, BaseOtReceiverMessage> replies = otSetup.respond(baseOts);
            view = view();
            List<DkgRound2Message> out = new ArrayList<>();
            for (Identifier peer : parameters.peers()) {
                out.add(new DkgRound2Message(
                        parameters.session(),
                        self,
                        peer,
                        feldman,
                        proof,
                        polynomial.evaluate(peer.scalar()),
                        replies.get(peer),
                        view));
            }
            return out;
        } catch (EcdsaException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Verifies every dealer's opening, proof and share and builds this party's key share. */
    public KeyShare finish(List<DkgRound2Message> received) throws EcdsaException {
        advance(Stage.FINISH, Stage.DONE);
        try {
            return buildKeyShare(Inbox.collect(received, parameters.session(), parameters.self(), parameters.peers()));
        } catch (EcdsaException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    private byte[] view() {
        Map<Identifier, byte[]> commitments = new HashMap<>();
        round1Received.forEach((peer, message) -> commitments.put(peer, message.commitment()));
        commitments.put(
                parameters.self(), DkgContexts.commitment(parameters.session(), parameters.self(), feldman, proof));
        return BroadcastView.digest("dkg", parameters.session(), commitments);
    }

    private KeyShare buildKeyShare(Map<Identifier, DkgRound2Message> messages) throws EcdsaException {
        Identifier self = parameters.self();
        for (DkgRound2Message message : messages.values()) {
            if (!MessageDigest.isEqual(view, message.view())) {
                throw new EcdsaException(
                        EcdsaErrorCode.INCONSISTENT_BROADCAST,
                        message.from() + " saw different round-1 commitments than " + self + ": a party equivocated");
            }
        }
        FeldmanCommitment sum = feldman;
        Scalar secret = polynomial.evaluate(self.scalar());
        for (Map.Entry<Identifier, DkgRound2Message> entry : messages.entrySet()) {
            Identifier dealer = entry.getKey();
            DkgRound2Message message = entry.getValue();
            verifyDealer(dealer, message);
            sum = sum.add(message.feldman());
            secret = secret.add(message.share());
        }
        Map<Identifier, Element> verificationShares = new HashMap<>();
        for (Identifier party : parameters.parties()) {
            verificationShares.put(party, sum.evaluate(party.scalar()));
        }
        Map<Identifier, BaseOtReceiverMessage> replies = new HashMap<>();
        messages.forEach((peer, message) -> replies.put(peer, message.baseOt()));
        Map<Identifier, PairwiseSetup> pairwise = otSetup.finish(replies);
        polynomial.destroy();
        return new KeyShare(
                self,
                parameters.threshold(),
                SecretScalar.of(secret),
                sum.constantTerm(),
                verificationShares,
                pairwise,
                DkgContexts.chainCode(parameters.session(), sum));
    }

    private void verifyDealer(Identifier dealer, DkgRound2Message message) throws EcdsaException {
        FeldmanCommitment dealt = message.feldman();
        if (dealt.threshold() != parameters.threshold()) {
            throw EcdsaException.blame(
                    EcdsaErrorCode.INVALID_COMMITMENT,
                    dealer,
                    "Feldman commitment has " + dealt.threshold() + " coefficients, expected "
                            + parameters.threshold());
        }
        byte[] expected = DkgContexts.commitment(parameters.session(), dealer, dealt, message.proof());
        if (!MessageDigest.isEqual(expected, round1Received.get(dealer).commitment())) {
            throw EcdsaException.blame(
                    EcdsaErrorCode.INVALID_COMMITMENT, dealer, "opening does not match its round-1 commitment");
        }
        byte[] context = DkgContexts.proof(parameters.session(), dealer, parameters.threshold());
        if (!message.proof().verify(context, dealt.constantTerm())) {
            throw EcdsaException.blame(
                    EcdsaErrorCode.INVALID_PROOF, dealer, "proof of knowledge of the constant term does not verify");
        }
        if (!dealt.verifyShare(parameters.self().scalar(), message.share())) {
            throw EcdsaException.blame(
                    EcdsaErrorCode.INVALID_SHARE, dealer, "share does not match the Feldman commitment");
        }
    }

    private void advance(Stage expected, Stage next) throws EcdsaException {
        if (stage != expected) {
            throw new EcdsaException(
                    EcdsaErrorCode.INVALID_STATE, "DKG party is in stage " + stage + ", not " + expected);
        }
        stage = next;
    }

    private void abort() {
        stage = Stage.ABORTED;
        polynomial.destroy();
        otSetup.destroy();
    }

    @Override
    public String toString() {
        return "DkgParty[" + parameters.self() + ", stage=" + stage + "]";
    }
}
