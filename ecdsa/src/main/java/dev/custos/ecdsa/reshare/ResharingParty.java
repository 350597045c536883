package dev.custos.ecdsa.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.Hasher;
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
 * A member of the new committee in resharing or refresh: it runs fresh pairwise base OTs with the other new members
 * (two rounds) and combines the dealers' verified contributions into its new key share of the same public key. Call
 * {@link #round1()}, {@link #round2}, {@link #finish} once each.
 */
public final class ResharingParty {
    private enum Stage {
        ROUND1,
        ROUND2,
        FINISH,
        DONE,
        ABORTED
    }

    private final ResharingParameters parameters;
    private final Identifier self;
    private final List<Identifier> peers;
    private final PairwiseOtSetup otSetup;
    private Map<Identifier, ResharingShareMessage> dealt = Map.of();
    private byte[] view = new byte[0];
    private Stage stage = Stage.ROUND1;

    private ResharingParty(ResharingParameters parameters, Identifier self, SecureRandom random) {
        this.parameters = parameters;
        this.self = self;
        this.peers =
                parameters.newParties().stream().filter(p -> !p.equals(self)).toList();
        this.otSetup = PairwiseOtSetup.start("reshare", parameters.session(), self, peers, random);
    }

    public static ResharingParty start(ResharingParameters parameters, Identifier self, SecureRandom random) {
        requireNonNull(parameters, "parameters is null");
        requireNonNull(self, "self is null");
        requireNonNull(random, "random is null");
        if (!parameters.newParties().contains(self)) {
            throw new IllegalArgumentException(self + " is not in the new committee");
        }
        return new ResharingParty(parameters, self, random);
    }

    public List<ResharingOtMessage> round1() throws EcdsaException {
        advance(Stage.ROUND1, Stage.ROUND2);
        List<ResharingOtMessage> out = new ArrayList<>();
        otSetup.firstMessages()
                .forEach((peer, message) -> out.add(new ResharingOtMessage(parameters.session(), self, peer, message)));
        return out;
    }

    /**
     * Round 2: verifies every dealer's contribution, answers the peers' base OTs, and echoes a digest of the dealers'
     * Feldman commitments so that a dealer who sent different commitments to different parties is detected.
     */
    public List<ResharingOtReply> round2(List<ResharingOtMessage> received, List<ResharingShareMessage> shares)
            throws EcdsaException {
        advance(Stage.ROUND2, Stage.FINISH);
        try {
            Map<Identifier, BaseOtSenderMessage> messages = new HashMap<>();
            Inbox.collect(received, parameters.session(), self, peers)
                    .forEach((peer, message) -> messages.put(peer, message.baseOt()));
            dealt = Inbox.collect(shares, parameters.session(), self, parameters.dealers());
            verifyDealers();
            view = view();
            List<ResharingOtReply> out = new ArrayList<>();
            otSetup.respond(messages)
                    .forEach((peer, reply) ->
                            out.add(new ResharingOtReply(parameters.session(), self, peer, reply, view)));
            return out;
        } catch (EcdsaException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Checks the peers' echoes and returns the new key share. */
    public KeyShare finish(List<ResharingOtReply> replies) throws EcdsaException {
        advance(Stage.FINISH, Stage.DONE);
        try {
            Map<Identifier, BaseOtReceiverMessage> otReplies = new HashMap<>();
            for (ResharingOtReply reply :
                    Inbox.collect(replies, parameters.session(), self, peers).values()) {
                if (!MessageDigest.isEqual(view, reply.view())) {
                    throw new EcdsaException(
                            EcdsaErrorCode.INCONSISTENT_BROADCAST,
                            reply.from() + " received different dealer commitments than " + self
                                    + ": a dealer equivocated");
                }
                otReplies.put(reply.from(), reply.baseOt());
            }
            return combine(otSetup.finish(otReplies));
        } catch (EcdsaException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    private byte[] view() {
        Map<Identifier, byte[]> commitments = new HashMap<>();
        dealt.forEach((dealer, message) -> {
            Hasher hasher =
                    Hasher.sha256("reshare/feldman").putInt(message.feldman().threshold());
            message.feldman().coefficients().forEach(hasher::put);
            commitments.put(dealer, hasher.digest());
        });
        return BroadcastView.digest("reshare", parameters.session(), commitments);
    }

    private void verifyDealers() throws EcdsaException {
        List<Scalar> points =
                parameters.dealers().stream().map(Identifier::scalar).toList();
        for (Identifier dealer : parameters.dealers()) {
            ResharingShareMessage message = dealt.get(dealer);
            FeldmanCommitment feldman = message.feldman();
            if (feldman.threshold() != parameters.newThreshold()) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.INVALID_COMMITMENT, dealer, "commitment has the wrong number of coefficients");
            }
            Element expectedConstant = parameters
                    .oldVerificationShares()
                    .get(dealer)
                    .multiplyPublic(Lagrange.coefficientAtZero(dealer.scalar(), points));
            if (!feldman.constantTerm().equals(expectedConstant)) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.INVALID_COMMITMENT,
                        dealer,
                        "dealt constant does not match its old verification share");
            }
            if (!feldman.verifyShare(self.scalar(), message.share())) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.INVALID_SHARE, dealer, "share does not match the Feldman commitment");
            }
        }
    }

    private KeyShare combine(Map<Identifier, PairwiseSetup> pairwise) throws EcdsaException {
        FeldmanCommitment sum = null;
        Scalar secret = Secp256k1.FIELD.zero();
        for (ResharingShareMessage message : dealt.values()) {
            sum = sum == null ? message.feldman() : sum.add(message.feldman());
            secret = secret.add(message.share());
        }
        if (sum == null || !sum.constantTerm().equals(parameters.publicKey())) {
            throw new EcdsaException(
                    EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, "dealt constants do not sum to the public key");
        }
        Map<Identifier, Element> verificationShares = new HashMap<>();
        for (Identifier party : parameters.newParties()) {
            verificationShares.put(party, sum.evaluate(party.scalar()));
        }
        return new KeyShare(
                self,
                parameters.newThreshold(),
                SecretScalar.of(secret),
                parameters.publicKey(),
                verificationShares,
                pairwise,
                parameters.chainCode());
    }

    private void advance(Stage expected, Stage next) throws EcdsaException {
        if (stage != expected) {
            throw new EcdsaException(
                    EcdsaErrorCode.INVALID_STATE, "resharing party is in stage " + stage + ", not " + expected);
        }
        stage = next;
    }

    private void abort() {
        stage = Stage.ABORTED;
        otSetup.destroy();
    }

    @Override
    public String toString() {
        return "ResharingParty[" + self + ", stage=" + stage + "]";
    }
}
