package dev.custos.ecdsa.dkg;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.internal.StateChecks;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.PairwiseOtSetup;
import dev.custos.ecdsa.keys.PairwiseSetup;
import dev.custos.ecdsa.ot.BaseOtReceiverMessage;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A party's secret state after DKG round 2: its own share {@code f_i(i)}, its Feldman commitment, the peers' round-1
 * commitments, the echoed view, its base-OT state, and the round-2 messages to send (each carries a secret share: send
 * it over a confidential channel). One-shot: {@link #finish} consumes it.
 */
public final class DkgRound2 implements DkgState {
    private final DkgParameters parameters;
    private final SecretScalar ownShare;
    private final FeldmanCommitment feldman;
    private final Map<Identifier, byte[]> commitments;
    private final byte[] view;
    private final PairwiseOtSetup otSetup;
    private final List<DkgRound2Message> messages;
    private boolean consumed;

    DkgRound2(
            DkgParameters parameters,
            SecretScalar ownShare,
            FeldmanCommitment feldman,
            Map<Identifier, byte[]> commitments,
            byte[] view,
            PairwiseOtSetup otSetup,
            List<DkgRound2Message> messages) {
        this.parameters = parameters;
        this.ownShare = ownShare;
        this.feldman = feldman;
        this.commitments = Map.copyOf(commitments);
        this.view = view;
        this.otSetup = otSetup;
        this.messages = List.copyOf(messages);
    }

    @Override
    public DkgParameters parameters() {
        return parameters;
    }

    /** The round-2 messages, one per peer; each carries a secret share and must go to its recipient only. */
    public List<DkgRound2Message> messages() {
        return messages;
    }

    /**
     * Checks every peer's round-2 message (echo, opening against its commitment, proof of knowledge, share against the
     * Feldman commitment) and builds this party's key share, with every OT pair {@code UNVERIFIED}.
     *
     * @throws EcdsaException naming the dealer at fault: {@code INVALID_COMMITMENT}, {@code INVALID_PROOF}, {@code
     *     INVALID_SHARE}; {@code INCONSISTENT_BROADCAST} (no culprit) if a party equivocated; {@code
     *     UNEXPECTED_MESSAGE}, {@code MISSING_MESSAGE}; {@code INVALID_STATE} if this state was used or destroyed
     */
    public synchronized KeyShare finish(List<DkgRound2Message> received) throws EcdsaException {
        StateChecks.requireUnused(consumed, "DKG round 2 state");
        consumed = true;
        boolean done = false;
        try {
            KeyShare share =
                    buildKeyShare(Inbox.collect(received, parameters.session(), parameters.self(), parameters.peers()));
            done = true;
            return share;
        } finally {
            ownShare.destroy();
            if (!done) {
                otSetup.destroy();
            }
        }
    }

    private KeyShare buildKeyShare(Map<Identifier, DkgRound2Message> received) throws EcdsaException {
        Identifier self = parameters.self();
        for (DkgRound2Message message : received.values()) {
            if (!MessageDigest.isEqual(view, message.view())) {
                throw new EcdsaException(
                        EcdsaErrorCode.INCONSISTENT_BROADCAST,
                        message.from() + " saw different round-1 commitments than " + self + ": a party equivocated");
            }
        }
        FeldmanCommitment sum = feldman;
        Scalar secret = ownShare.value().add(Secp256k1.FIELD.zero()); // a copy: ownShare is wiped after finish
        for (Map.Entry<Identifier, DkgRound2Message> entry : received.entrySet()) {
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
        received.forEach((peer, message) -> replies.put(peer, message.baseOt()));
        Map<Identifier, PairwiseSetup> pairwise = otSetup.finish(replies);
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
        if (!MessageDigest.isEqual(expected, commitments.get(dealer))) {
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

    /** Wipes the own share and the base-OT choices, unless {@link #finish} already ran (they are the key share's). */
    @Override
    public synchronized void destroy() {
        if (!consumed) {
            consumed = true;
            ownShare.destroy();
            otSetup.destroy();
        }
    }

    @Override
    public boolean isDestroyed() {
        return ownShare.isDestroyed();
    }

    @Override
    public String toString() {
        return "DkgRound2[" + parameters.self() + ", <redacted>]";
    }
}
