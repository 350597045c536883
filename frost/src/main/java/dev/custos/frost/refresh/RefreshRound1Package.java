package dev.custos.frost.refresh;

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
 * Refresh round 1 broadcast of {@code sender}: the Feldman commitment to its zero-constant refresh polynomial. {@code
 * C_0} must be the identity (written as the identity marker of {@link MessageReader#identityMarker}); receivers check it
 * in {@link RefreshRound1#part2} and name the sender otherwise. Must reach every participant unchanged (broadcast).
 */
public record RefreshRound1Package(
        Ciphersuite suite, SessionId sessionId, Identifier sender, FeldmanCommitment commitment)
        implements LifecycleMessage {
    public RefreshRound1Package {
        LifecycleChecks.requireBroadcastFields(suite, sessionId, sender, commitment);
    }

    /** Header, sender, commitment (u16 count, {@code C_0} as the identity marker or an element, then elements). */
    @Override
    public byte[] encode() {
        return MessageWriter.start(suite, LifecycleMessageType.REFRESH_ROUND1, sessionId)
                .identifier(sender)
                .commitment(commitment)
                .toByteArray();
    }

    /**
     * Strictly decodes a package received from {@code from}. A non-identity {@code C_0} decodes (so that the receiver
     * can blame the sender with {@link dev.custos.frost.FrostErrorCode#INVALID_CONSTANT_TERM}); an identity {@code
     * C_1..C_{t-1}} does not.
     *
     * @throws FrostException naming {@code from} if the encoding is malformed or claims another sender
     */
    public static RefreshRound1Package decode(Ciphersuite suite, Identifier from, byte[] encoding)
            throws FrostException {
        MessageReader reader = MessageReader.open(suite, LifecycleMessageType.REFRESH_ROUND1, from, encoding);
        Identifier sender = reader.identifier("sender");
        reader.requireSender(sender);
        FeldmanCommitment commitment = reader.commitment("refresh commitment", true);
        reader.finish();
        return new RefreshRound1Package(suite, reader.sessionId(), sender, commitment);
    }

    @Override
    public String toString() {
        return "RefreshRound1Package[" + suite.name() + ", from " + sender + ", t=" + commitment.threshold() + "]";
    }
}
