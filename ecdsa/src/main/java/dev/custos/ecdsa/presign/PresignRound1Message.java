package dev.custos.ecdsa.presign;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.CommitmentCodec;
import dev.custos.ecdsa.ote.ExtensionMessage;

/**
 * Presigning round 1, {@code from} to {@code to}: the commitment to the sender's nonce share {@code R_from} (the same
 * for every recipient; broadcast) and the sender's OT-extension message as Bob in the multiplication with {@code to}.
 */
public record PresignRound1Message(
        SessionId session, Identifier from, Identifier to, byte[] commitment, ExtensionMessage extension)
        implements ProtocolMessage {
    static final int TYPE = 3;
    public static final int COMMITMENT_LENGTH = CommitmentCodec.LENGTH;

    public PresignRound1Message {
        commitment = CommitmentCodec.checked(session, from, to, commitment, extension, "extension");
    }

    @Override
    public byte[] commitment() {
        return commitment.clone();
    }

    @Override
    public byte[] encode() {
        return CommitmentCodec.encode(
                PresignContexts.MESSAGE_VERSION, TYPE, session, from, to, commitment, extension::writeTo);
    }

    public static PresignRound1Message decode(byte[] bytes) throws InvalidEncodingException {
        return CommitmentCodec.decode(
                bytes, PresignContexts.MESSAGE_VERSION, TYPE, ExtensionMessage::readFrom, PresignRound1Message::new);
    }
}
