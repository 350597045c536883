package dev.custos.ecdsa.presign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;
import dev.custos.ecdsa.ote.ExtensionMessage;

/**
 * Presigning round 1, {@code from} to {@code to}: the commitment to the sender's nonce share {@code R_from} (the same
 * for every recipient; broadcast) and the sender's OT-extension message as Bob in the multiplication with {@code to}.
 */
public record PresignRound1Message(
        SessionId session, PartyId from, PartyId to, byte[] commitment, ExtensionMessage extension)
        implements ProtocolMessage {
    static final int TYPE = 3;
    public static final int COMMITMENT_LENGTH = 32;

    public PresignRound1Message {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(commitment, "commitment is null");
        requireNonNull(extension, "extension is null");
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
        extension.writeTo(writer);
        return writer.toByteArray();
    }

    public static PresignRound1Message decode(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = ByteReader.message(bytes, VERSION, TYPE);
        SessionId session = reader.getSession();
        PartyId from = reader.getParty();
        PartyId to = reader.getParty();
        byte[] commitment = reader.getFixed(COMMITMENT_LENGTH);
        ExtensionMessage extension = ExtensionMessage.readFrom(reader);
        reader.end();
        try {
            return new PresignRound1Message(session, from, to, commitment, extension);
        } catch (IllegalArgumentException e) {
            throw new InvalidEncodingException(e.getMessage());
        }
    }
}
