package dev.custos.ecdsa.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.util.List;

/**
 * A dealer's contribution to one new party: the Feldman commitment to its resharing polynomial {@code g_i} (broadcast;
 * {@code C_0} must equal {@code λ_i·Y_i}) and the share {@code g_i(to)} (confidential channel).
 */
public record ResharingShareMessage(
        SessionId session, Identifier from, Identifier to, FeldmanCommitment feldman, Scalar share)
        implements ProtocolMessage {
    static final int TYPE = 6;

    public ResharingShareMessage {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(feldman, "feldman is null");
        requireNonNull(share, "share is null");
    }

    @Override
    public byte[] encode() {
        return MessageWriter.message(VERSION, TYPE)
                .putSession(session)
                .putIdentifier(from)
                .putIdentifier(to)
                .putElements(feldman.coefficients())
                .putScalar(share)
                .toByteArray();
    }

    public static ResharingShareMessage decode(byte[] bytes) throws InvalidEncodingException {
        MessageReader reader = MessageReader.message(bytes, VERSION, TYPE);
        SessionId session = reader.getSession();
        Identifier from = reader.getIdentifier();
        Identifier to = reader.getIdentifier();
        List<Element> coefficients = reader.getElements();
        if (coefficients.isEmpty()) {
            throw new InvalidEncodingException("Feldman commitment is empty");
        }
        Scalar share = reader.getScalar();
        reader.end();
        return new ResharingShareMessage(session, from, to, new FeldmanCommitment(coefficients), share);
    }

    @Override
    public String toString() {
        return "ResharingShareMessage[session=" + session + ", from=" + from + ", to=" + to + ", share=<redacted>]";
    }
}
