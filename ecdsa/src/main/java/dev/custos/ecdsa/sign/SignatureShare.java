package dev.custos.ecdsa.sign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;

/**
 * The last, message-dependent round (DKLs23 Protocol 3.6 round 3): signer {@code from}'s {@code u_i} and
 * {@code w_i = H(m)·φ_i + r_x·v_i}, broadcast to whoever combines.
 */
public record SignatureShare(SessionId session, Identifier from, Scalar nonceProduct, Scalar signatureProduct) {
    static final int TYPE = 5;

    public SignatureShare {
        requireNonNull(session, "session is null");
        requireNonNull(from, "from is null");
        requireNonNull(nonceProduct, "nonceProduct is null");
        requireNonNull(signatureProduct, "signatureProduct is null");
    }

    public byte[] encode() {
        return MessageWriter.message(ProtocolMessage.VERSION, TYPE)
                .putSession(session)
                .putIdentifier(from)
                .putScalar(nonceProduct)
                .putScalar(signatureProduct)
                .toByteArray();
    }

    public static SignatureShare decode(byte[] bytes) throws InvalidEncodingException {
        MessageReader reader = MessageReader.message(bytes, ProtocolMessage.VERSION, TYPE);
        SessionId session = reader.getSession();
        Identifier from = reader.getIdentifier();
        Scalar nonceProduct = reader.getScalar();
        Scalar signatureProduct = reader.getScalar();
        reader.end();
        return new SignatureShare(session, from, nonceProduct, signatureProduct);
    }
}
