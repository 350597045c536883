package dev.custos.ecdsa.presign;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Inbox;
import dev.custos.ecdsa.internal.StateChecks;
import dev.custos.ecdsa.multiply.VoleReceiver;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * A signer's secret state after presigning round 2: its inputs, its multiplications as Bob and its output shares as
 * Alice, the peers' round-1 messages and the echoed view, and the round-2 messages to send. One-shot: {@link #finish}
 * consumes it and wipes every secret, whatever the outcome.
 */
public final class PresignRound2 implements PresignState {
    private final PresignInputs inputs;
    private final Map<Identifier, VoleReceiver> asBob;
    private final Map<Identifier, PresignRound1Message> round1;
    private final byte[] view;
    private final Map<Identifier, Scalar[]> asAlice;
    private final List<PresignRound2Message> messages;
    private boolean consumed;

    PresignRound2(
            PresignInputs inputs,
            Map<Identifier, VoleReceiver> asBob,
            Map<Identifier, PresignRound1Message> round1,
            byte[] view,
            Map<Identifier, Scalar[]> asAlice,
            List<PresignRound2Message> messages) {
        this.inputs = inputs;
        this.asBob = Map.copyOf(asBob);
        this.round1 = Map.copyOf(round1);
        this.view = view;
        this.asAlice = Map.copyOf(asAlice);
        this.messages = List.copyOf(messages);
    }

    @Override
    public SessionId session() {
        return inputs.session;
    }

    @Override
    public List<Identifier> signers() {
        return inputs.signers;
    }

    @Override
    public Identifier identifier() {
        return inputs.self();
    }

    /** The round-2 messages, one per peer. */
    public List<PresignRound2Message> messages() {
        return messages;
    }

    /**
     * Checks every peer's round-2 values (echo, nonce commitment, multiplication, public key share, consistency of the
     * multiplication outputs: {@link PeerCheck}) and returns this party's presignature, not yet stored.
     *
     * @throws EcdsaException naming the culprit where the protocol can tell: {@code INVALID_COMMITMENT}, {@code
     *     MULTIPLICATION_CHECK_FAILED}, {@code INCONSISTENT_PUBLIC_VALUES}; {@code INCONSISTENT_BROADCAST} (no
     *     culprit); {@code UNEXPECTED_MESSAGE}, {@code MISSING_MESSAGE}; {@code INVALID_STATE} if this state was used or
     *     destroyed
     */
    public synchronized Presignature finish(List<PresignRound2Message> received) throws EcdsaException {
        StateChecks.requireUnused(consumed, "presigning round 2 state");
        consumed = true;
        try {
            return combine(Inbox.collect(received, inputs.session, inputs.self(), inputs.peers));
        } finally {
            wipe();
        }
    }

    private Presignature combine(Map<Identifier, PresignRound2Message> received) throws EcdsaException {
        for (PresignRound2Message message : received.values()) {
            if (!MessageDigest.isEqual(view, message.view())) {
                throw new EcdsaException(
                        EcdsaErrorCode.INCONSISTENT_BROADCAST,
                        message.from() + " saw different nonce commitments than " + inputs.self()
                                + ": a signer equivocated");
            }
        }
        List<Identifier> peers = inputs.peers;
        List<Scalar[]> bobOutputs = PerPeer.run(
                peers,
                inputs.executor,
                (index, peer) ->
                        PeerCheck.check(inputs.signerSet, peer, round1.get(peer), received.get(peer), asBob.get(peer)));
        Element totalNonce = inputs.nonceShare;
        Scalar maskSum = inputs.mask;
        Scalar nonceProduct = Secp256k1.FIELD.zero();
        Scalar keyProduct = Secp256k1.FIELD.zero();
        for (int i = 0; i < peers.size(); i++) {
            Identifier peer = peers.get(i);
            PresignRound2Message message = received.get(peer);
            Scalar[] bobShares = bobOutputs.get(i);
            Scalar[] aliceShares = asAlice.get(peer);
            totalNonce = totalNonce.add(message.nonceShare());
            maskSum = maskSum.add(message.maskDifference());
            nonceProduct = nonceProduct.add(aliceShares[0]).add(bobShares[0]);
            keyProduct = keyProduct.add(aliceShares[1]).add(bobShares[1]);
        }
        // each pk_j passed PeerCheck against λ_j·Y_j and pk_i is λ_i·Y_i: Σ pk_j is the signer set's Σ λ_j·Y_j
        if (!inputs.signerSet.weightedShareSum().equals(inputs.key.publicKey())) {
            throw new EcdsaException(
                    EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, "public key shares do not sum to the public key");
        }
        if (totalNonce.isIdentity()) {
            throw new EcdsaException(EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, "the nonce point is the identity");
        }
        nonceProduct = nonceProduct.add(inputs.nonce.multiply(maskSum));
        keyProduct = keyProduct.add(inputs.weightedShare.multiply(maskSum));
        PresignatureInfo info =
                new PresignatureInfo(inputs.session, inputs.signers, totalNonce, inputs.key.publicKey());
        return new Presignature(info, inputs.self(), inputs.mask.add(Secp256k1.FIELD.zero()), nonceProduct, keyProduct);
    }

    private void wipe() {
        inputs.wipe();
        for (Scalar[] shares : asAlice.values()) {
            for (Scalar share : shares) {
                share.wipe();
            }
        }
    }

    /** Wipes the run's secrets. */
    @Override
    public synchronized void destroy() {
        consumed = true;
        wipe();
    }

    /** Whether this state was consumed (by {@link #finish}, successful or not) or destroyed. */
    @Override
    public synchronized boolean isDestroyed() {
        return consumed;
    }

    @Override
    public String toString() {
        return "PresignRound2[" + inputs.self() + ", " + inputs.session + ", <redacted>]";
    }
}
