package dev.custos.frost.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.Signature;
import dev.custos.frost.lifecycle.LifecycleChecks;
import dev.custos.frost.lifecycle.LifecycleMessage;
import dev.custos.frost.serialization.LifecycleMessageType;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageWriter;

/**
 * DKG round 1 broadcast of participant {@code sender}: its Feldman commitment {@code C_0..C_{t-1}} to its secret
 * polynomial and its proof of knowledge of {@code a_0}. Must reach every participant unchanged (broadcast): see
 * docs/FROST-LIFECYCLE.md.
 *
 * <p>The constructor checks structure only; the receiving {@link DkgRound1#part2} checks the content (threshold, no
 * identity, proof) and names the sender on failure.
 */
public record Round1Package(
        Ciphersuite suite,
        SessionId sessionId,
        Identifier sender,
        FeldmanCommitment commitment,
        Signature proofOfKnowledge)
        implements LifecycleMessage {
    public Round1Package {
        LifecycleChecks.requireBroadcastFields(suite, sessionId, sender, commitment);
        requireNonNull(proofOfKnowledge, "proofOfKnowledge is null");
        if (proofOfKnowledge.suite() != suite) {
            throw new IllegalArgumentException(
                    "proofOfKnowledge is for " + proofOfKnowledge.suite().name());
        }
    }

    /** Header, sender, commitment (u16 count + elements), proof. */
    @Override
    public byte[] encode() {
        return MessageWriter.start(suite, LifecycleMessageType.DKG_ROUND1, sessionId)
                .identifier(sender)
                .commitment(commitment)
                .proof(proofOfKnowledge)
                .toByteArray();
    }

    /**
     * Strictly decodes a package that the transport received from {@code from}.
     *
     * @throws FrostException naming {@code from} if the encoding is malformed, holds an invalid or identity element, or
     *     claims another sender
     */
    public static Round1Package decode(Ciphersuite suite, Identifier from, byte[] encoding) throws FrostException {
        MessageReader reader = MessageReader.open(suite, LifecycleMessageType.DKG_ROUND1, from, encoding);
        Identifier sender = reader.identifier("sender");
        reader.requireSender(sender);
        FeldmanCommitment commitment = reader.commitment("commitment", false);
        Signature proof = reader.proof("proof of knowledge");
        reader.finish();
        return new Round1Package(suite, reader.sessionId(), sender, commitment, proof);
    }

    @Override
    public String toString() {
        return "Round1Package[" + suite.name() + ", from " + sender + ", t=" + commitment.threshold() + "]";
    }
}
