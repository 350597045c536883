package dev.custos.ecdsa.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.Envelope;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.ot.BaseOtReceiverMessage;

/**
 * Resharing round 2 between new parties: the reply to the recipient's base-OT message and the echo of the dealers'
 * Feldman commitments the sender received.
 */
public record ResharingOtReply(
        SessionId session, Identifier from, Identifier to, BaseOtReceiverMessage baseOt, byte[] view)
        implements ProtocolMessage {
    static final int TYPE = 8;

    public ResharingOtReply {
        Envelope.check(session, from, to);
        requireNonNull(baseOt, "baseOt is null");
        view = Envelope.copyOfLength(view, BroadcastView.LENGTH, "view");
    }

    /** The sender's digest of the dealers' Feldman commitments it received (echo broadcast). */
    @Override
    public byte[] view() {
        return view.clone();
    }

    @Override
    public byte[] encode() {
        return Envelope.encode(TYPE, session, from, to, writer -> {
            baseOt.writeTo(writer);
            writer.putFixed(view);
        });
    }

    public static ResharingOtReply decode(byte[] bytes) throws InvalidEncodingException {
        MessageReader reader = Envelope.reader(bytes, TYPE);
        Envelope envelope = Envelope.read(reader);
        BaseOtReceiverMessage baseOt = BaseOtReceiverMessage.readFrom(reader);
        byte[] view = reader.getFixed(BroadcastView.LENGTH);
        reader.end();
        return new ResharingOtReply(envelope.session(), envelope.from(), envelope.to(), baseOt, view);
    }
}
