package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;
import dev.custos.ecdsa.ot.BaseOtChallenge;

/** Base-OT verification, round 1: the sender's challenge for the batch it sent to {@code to} (see {@link OtVerificationParty}). */
public record OtChallengeMessage(SessionId session, PartyId from, PartyId to, BaseOtChallenge challenge)
        implements ProtocolMessage {
    static final int TYPE = 9;

    public OtChallengeMessage {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(challenge, "challenge is null");
    }

    @Override
    public byte[] encode() {
        ByteWriter writer = ByteWriter.message(VERSION, TYPE)
                .putSession(session)
                .putParty(from)
                .putParty(to);
        challenge.writeTo(writer);
        return writer.toByteArray();
    }

    public static OtChallengeMessage decode(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = ByteReader.message(bytes, VERSION, TYPE);
        SessionId session = reader.getSession();
        PartyId from = reader.getParty();
        PartyId to = reader.getParty();
        BaseOtChallenge challenge = BaseOtChallenge.readFrom(reader);
        reader.end();
        return new OtChallengeMessage(session, from, to, challenge);
    }
}
