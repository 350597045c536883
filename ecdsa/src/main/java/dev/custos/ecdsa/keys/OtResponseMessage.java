package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;
import dev.custos.ecdsa.ot.BaseOtResponse;

/** Base-OT verification, round 2: the receiver's response to {@code to}'s challenge (see {@link OtVerificationParty}). */
public record OtResponseMessage(SessionId session, PartyId from, PartyId to, BaseOtResponse response)
        implements ProtocolMessage {
    static final int TYPE = 10;

    public OtResponseMessage {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(response, "response is null");
    }

    @Override
    public byte[] encode() {
        ByteWriter writer = ByteWriter.message(VERSION, TYPE)
                .putSession(session)
                .putParty(from)
                .putParty(to);
        response.writeTo(writer);
        return writer.toByteArray();
    }

    public static OtResponseMessage decode(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = ByteReader.message(bytes, VERSION, TYPE);
        SessionId session = reader.getSession();
        PartyId from = reader.getParty();
        PartyId to = reader.getParty();
        BaseOtResponse response = BaseOtResponse.readFrom(reader);
        reader.end();
        return new OtResponseMessage(session, from, to, response);
    }
}
