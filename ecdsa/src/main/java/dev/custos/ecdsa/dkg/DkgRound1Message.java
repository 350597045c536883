package dev.custos.ecdsa.dkg;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.CommitmentCodec;
import dev.custos.ecdsa.ot.BaseOtSenderMessage;

/**
 * DKG round 1, {@code from} to {@code to}: the hash commitment to the sender's Feldman commitment and proof (the same
 * for every recipient; it must travel over a broadcast channel), and the sender's first base-OT message for the pair.
 */
public record DkgRound1Message(
        SessionId session, Identifier from, Identifier to, byte[] commitment, BaseOtSenderMessage baseOt)
        implements ProtocolMessage {
    static final int TYPE = 1;
    public static final int COMMITMENT_LENGTH = CommitmentCodec.LENGTH;

    public DkgRound1Message {
        commitment = CommitmentCodec.checked(session, from, to, commitment, baseOt, "baseOt");
    }

    @Override
    public byte[] commitment() {
        return commitment.clone();
    }

    @Override
    public byte[] encode() {
        return CommitmentCodec.encode(TYPE, session, from, to, commitment, baseOt::writeTo);
    }

    public static DkgRound1Message decode(byte[] bytes) throws InvalidEncodingException {
        return CommitmentCodec.decode(bytes, TYPE, BaseOtSenderMessage::readFrom, DkgRound1Message::new);
    }
}
