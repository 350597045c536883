package dev.custos.ecdsa.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import dev.custos.ecdsa.ot.BaseOtReceiverMessage;
import java.util.List;

/**
 * DKG round 2, {@code from} to {@code to}: the opened Feldman commitment and proof of knowledge of its constant term
 * (broadcast part), the secret share {@code f_from(to)} (needs a confidential channel), and the reply to the
 * recipient's base-OT message.
 */
public record DkgRound2Message(
        SessionId session,
        Identifier from,
        Identifier to,
        FeldmanCommitment feldman,
        DiscreteLogProof proof,
        Scalar share,
        BaseOtReceiverMessage baseOt,
        byte[] view)
        implements ProtocolMessage {
    static final int TYPE = 2;

    public DkgRound2Message {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(feldman, "feldman is null");
        requireNonNull(proof, "proof is null");
        requireNonNull(share, "share is null");
        requireNonNull(baseOt, "baseOt is null");
        requireNonNull(view, "view is null");
        if (from.equals(to)) {
            throw new IllegalArgumentException("message from " + from + " to itself");
        }
        if (view.length != BroadcastView.LENGTH) {
            throw new IllegalArgumentException("view must be " + BroadcastView.LENGTH + " bytes");
        }
        view = view.clone();
    }

    /** The sender's digest of all round-1 commitments it received (echo broadcast). */
    @Override
    public byte[] view() {
        return view.clone();
    }

    @Override
    public byte[] encode() {
        MessageWriter writer = MessageWriter.message(VERSION, TYPE)
                .putSession(session)
                .putIdentifier(from)
                .putIdentifier(to)
                .putElements(feldman.coefficients());
        proof.writeTo(writer);
        writer.putScalar(share);
        baseOt.writeTo(writer);
        return writer.putFixed(view).toByteArray();
    }

    public static DkgRound2Message decode(byte[] bytes) throws InvalidEncodingException {
        MessageReader reader = MessageReader.message(bytes, VERSION, TYPE);
        SessionId session = reader.getSession();
        Identifier from = reader.getIdentifier();
        Identifier to = reader.getIdentifier();
        List<Element> coefficients = reader.getElements();
        if (coefficients.isEmpty()) {
            throw new InvalidEncodingException("Feldman commitment is empty");
        }
        DiscreteLogProof proof = DiscreteLogProof.readFrom(reader);
        Scalar share = reader.getScalar();
        BaseOtReceiverMessage baseOt = BaseOtReceiverMessage.readFrom(reader);
        byte[] view = reader.getFixed(BroadcastView.LENGTH);
        reader.end();
        try {
            return new DkgRound2Message(
                    session, from, to, new FeldmanCommitment(coefficients), proof, share, baseOt, view);
        } catch (IllegalArgumentException e) {
            throw new InvalidEncodingException(e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "DkgRound2Message[session=" + session + ", from=" + from + ", to=" + to + ", share=<redacted>]";
    }
}
