package dev.custos.frost.reshare;

import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.lifecycle.LifecycleChecks;
import dev.custos.frost.lifecycle.LifecycleMessage;
import dev.custos.frost.serialization.LifecycleMessageType;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageWriter;

/**
 * Reshare broadcast of dealer {@code sender} to every new participant: the Feldman commitment to its polynomial {@code
 * g_i} of degree {@code t'-1} with {@code g_i(0) = lambda_i * s_i}. Receivers check {@code C_0 == lambda_i * Y_i}
 * against the old public key package. Must reach every new participant unchanged (broadcast).
 */
public record ReshareCommitment(Ciphersuite suite, SessionId sessionId, Identifier sender, FeldmanCommitment commitment)
        implements LifecycleMessage {
    public ReshareCommitment {
        LifecycleChecks.requireBroadcastFields(suite, sessionId, sender, commitment);
    }

    /** Header, sender, commitment (u16 count + elements). */
    @Override
    public byte[] encode() {
        return MessageWriter.start(suite, LifecycleMessageType.RESHARE_COMMITMENT, sessionId)
                .identifier(sender)
                .commitment(commitment)
                .toByteArray();
    }

    /**
     * Strictly decodes a commitment received from {@code from}; no element may be the identity.
     *
     * @throws FrostException naming {@code from}
     */
    public static ReshareCommitment decode(Ciphersuite suite, Identifier from, byte[] encoding) throws FrostException {
        MessageReader reader = MessageReader.open(suite, LifecycleMessageType.RESHARE_COMMITMENT, from, encoding);
        Identifier sender = reader.identifier("sender");
        reader.requireSender(sender);
        FeldmanCommitment commitment = reader.commitment("reshare commitment", false);
        reader.finish();
        return new ReshareCommitment(suite, reader.sessionId(), sender, commitment);
    }

    @Override
    public String toString() {
        return "ReshareCommitment[" + suite.name() + ", from " + sender + ", t'=" + commitment.threshold() + "]";
    }
}
