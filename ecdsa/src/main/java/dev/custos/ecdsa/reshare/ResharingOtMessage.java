package dev.custos.ecdsa.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Envelope;
import dev.custos.ecdsa.ot.BaseOtSenderMessage;

/** Resharing round 1 between new parties: the sender's base-OT first message for the pair. */
public record ResharingOtMessage(SessionId session, Identifier from, Identifier to, BaseOtSenderMessage baseOt)
        implements ProtocolMessage {
    static final int TYPE = 7;

    public ResharingOtMessage {
        Envelope.check(session, from, to);
        requireNonNull(baseOt, "baseOt is null");
    }

    @Override
    public byte[] encode() {
        return Envelope.encode(TYPE, session, from, to, baseOt::writeTo);
    }

    public static ResharingOtMessage decode(byte[] bytes) throws InvalidEncodingException {
        return Envelope.decode(bytes, TYPE, BaseOtSenderMessage::readFrom, ResharingOtMessage::new);
    }
}
