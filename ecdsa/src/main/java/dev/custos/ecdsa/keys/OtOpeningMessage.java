package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;
import dev.custos.ecdsa.ot.BaseOtOpening;

/** Base-OT verification, round 3: the sender's opening of its pad hashes (see {@link OtVerificationParty}). */
public record OtOpeningMessage(SessionId session, PartyId from, PartyId to, BaseOtOpening opening)
        implements ProtocolMessage {
    static final int TYPE = 11;

    public OtOpeningMessage {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(opening, "opening is null");
    }

    @Override
    public byte[] encode() {
        ByteWriter writer = ByteWriter.message(VERSION, TYPE)
                .putSession(session)
                .putParty(from)
                .putParty(to);
        opening.writeTo(writer);
        return writer.toByteArray();
    }

    public static OtOpeningMessage decode(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = ByteReader.message(bytes, VERSION, TYPE);
        SessionId session = reader.getSession();
        PartyId from = reader.getParty();
        PartyId to = reader.getParty();
        BaseOtOpening opening = BaseOtOpening.readFrom(reader);
        reader.end();
        return new OtOpeningMessage(session, from, to, opening);
    }
}
