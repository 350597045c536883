package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Envelope;
import dev.custos.ecdsa.ot.BaseOtChallenge;

/** Base-OT verification, round 1: the sender's challenge for the batch it sent to {@code to} (see {@link OtVerification}). */
public record OtChallengeMessage(SessionId session, Identifier from, Identifier to, BaseOtChallenge challenge)
        implements ProtocolMessage {
    static final int TYPE = 9;

    public OtChallengeMessage {
        Envelope.check(session, from, to);
        requireNonNull(challenge, "challenge is null");
    }

    @Override
    public byte[] encode() {
        return Envelope.encode(TYPE, session, from, to, challenge::writeTo);
    }

    public static OtChallengeMessage decode(byte[] bytes) throws InvalidEncodingException {
        return Envelope.decode(bytes, TYPE, BaseOtChallenge::readFrom, OtChallengeMessage::new);
    }
}
