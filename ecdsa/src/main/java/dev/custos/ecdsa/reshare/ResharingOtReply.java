package dev.custos.ecdsa.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;
import dev.custos.ecdsa.ot.BaseOtReceiverMessage;

/**
 * Resharing round 2 between new parties: the reply to the recipient's base-OT message and the echo of the dealers'
 * Feldman commitments the sender received.
 */
public record ResharingOtReply(SessionId session, PartyId from, PartyId to, BaseOtReceiverMessage baseOt, byte[] view)
        implements ProtocolMessage {
    static final int TYPE = 8;

    public ResharingOtReply {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(baseOt, "baseOt is null");
        requireNonNull(view, "view is null");
        if (view.length != BroadcastView.LENGTH) {
            throw new IllegalArgumentException("view must be " + BroadcastView.LENGTH + " bytes");
        }
        view = view.clone();
    }

    /** The sender's digest of the dealers' Feldman commitments it received (echo broadcast). */
    @Override
    public byte[] view() {
        return view.clone();
    }

    @Override
    public byte[] encode() {
        ByteWriter writer = ByteWriter.message(VERSION, TYPE)
                .putSession(session)
                .putParty(from)
                .putParty(to);
        baseOt.writeTo(writer);
        return writer.putFixed(view).toByteArray();
    }

    public static ResharingOtReply decode(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = ByteReader.message(bytes, VERSION, TYPE);
        SessionId session = reader.getSession();
        PartyId from = reader.getParty();
        PartyId to = reader.getParty();
        BaseOtReceiverMessage baseOt = BaseOtReceiverMessage.readFrom(reader);
        byte[] view = reader.getFixed(BroadcastView.LENGTH);
        reader.end();
        return new ResharingOtReply(session, from, to, baseOt, view);
    }
}
