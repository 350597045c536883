package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Envelope;
import dev.custos.ecdsa.ot.BaseOtResponse;

/** Base-OT verification, round 2: the receiver's response to {@code to}'s challenge (see {@link OtVerification}). */
public record OtResponseMessage(SessionId session, Identifier from, Identifier to, BaseOtResponse response)
        implements ProtocolMessage {
    static final int TYPE = 10;

    public OtResponseMessage {
        Envelope.check(session, from, to);
        requireNonNull(response, "response is null");
    }

    @Override
    public byte[] encode() {
        return Envelope.encode(TYPE, session, from, to, response::writeTo);
    }

    public static OtResponseMessage decode(byte[] bytes) throws InvalidEncodingException {
        return Envelope.decode(bytes, TYPE, BaseOtResponse::readFrom, OtResponseMessage::new);
    }
}
