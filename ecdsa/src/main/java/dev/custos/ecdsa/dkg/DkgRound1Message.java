package dev.custos.ecdsa.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;
import dev.custos.ecdsa.ot.BaseOtSenderMessage;

/**
 * DKG round 1, {@code from} to {@code to}: the hash commitment to the sender's Feldman commitment and proof (the same
 * for every recipient; it must travel over a broadcast channel), and the sender's first base-OT message for the pair.
 */
public record DkgRound1Message(
        SessionId session, PartyId from, PartyId to, byte[] commitment, BaseOtSenderMessage baseOt)
        implements ProtocolMessage {
    static final int TYPE = 1;
    public static final int COMMITMENT_LENGTH = 32;

    public DkgRound1Message {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(commitment, "commitment is null");
        requireNonNull(baseOt, "baseOt is null");
        if (commitment.length != COMMITMENT_LENGTH) {
            throw new IllegalArgumentException("commitment must be " + COMMITMENT_LENGTH + " bytes");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("message from " + from + " to itself");
        }
        commitment = commitment.clone();
    }

    @Override
    public byte[] commitment() {
        return commitment.clone();
    }

    @Override
    public byte[] encode() {
        ByteWriter writer = ByteWriter.message(VERSION, TYPE)
                .putSession(session)
                .putParty(from)
                .putParty(to)
                .putFixed(commitment);
        baseOt.writeTo(writer);
        return writer.toByteArray();
    }

    public static DkgRound1Message decode(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = ByteReader.message(bytes, VERSION, TYPE);
        SessionId session = reader.getSession();
        PartyId from = reader.getParty();
        PartyId to = reader.getParty();
        byte[] commitment = reader.getFixed(COMMITMENT_LENGTH);
        BaseOtSenderMessage baseOt = BaseOtSenderMessage.readFrom(reader);
        reader.end();
        try {
            return new DkgRound1Message(session, from, to, commitment, baseOt);
        } catch (IllegalArgumentException e) {
            throw new InvalidEncodingException(e.getMessage());
        }
    }
}
