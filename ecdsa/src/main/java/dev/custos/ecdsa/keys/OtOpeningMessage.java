package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Envelope;
import dev.custos.ecdsa.ot.BaseOtOpening;

/** Base-OT verification, round 3: the sender's opening of its pad hashes (see {@link OtVerification}). */
public record OtOpeningMessage(SessionId session, Identifier from, Identifier to, BaseOtOpening opening)
        implements ProtocolMessage {
    static final int TYPE = 11;

    public OtOpeningMessage {
        Envelope.check(session, from, to);
        requireNonNull(opening, "opening is null");
    }

    @Override
    public byte[] encode() {
        return Envelope.encode(TYPE, session, from, to, opening::writeTo);
    }

    public static OtOpeningMessage decode(byte[] bytes) throws InvalidEncodingException {
        return Envelope.decode(bytes, TYPE, BaseOtOpening::readFrom, OtOpeningMessage::new);
    }
}
