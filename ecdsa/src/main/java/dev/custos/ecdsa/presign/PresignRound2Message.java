package dev.custos.ecdsa.presign;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.Envelope;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import dev.custos.ecdsa.multiply.VoleResponse;

/**
 * Presigning round 2, {@code from} (i) to {@code to} (j), DKLs23 Protocol 3.6 step 2: the opening of {@code R_i}
 * (nonce share and salt), {@code pk_i = sk_i·G} (sk_i the Lagrange-weighted key share), {@code Γu = c_u·G} and
 * {@code Γv = c_v·G} for i's multiplication outputs as Alice, {@code ψ = φ_i − χ_{i,j}}, and i's multiplication reply.
 */
public record PresignRound2Message(
        SessionId session,
        Identifier from,
        Identifier to,
        Element nonceShare,
        byte[] salt,
        Element publicShare,
        Element nonceCheck,
        Element keyCheck,
        Scalar maskDifference,
        VoleResponse multiplication,
        byte[] view)
        implements ProtocolMessage {
    static final int TYPE = 4;
    public static final int SALT_LENGTH = 32;

    public PresignRound2Message {
        Envelope.check(session, from, to);
        requireNonNull(nonceShare, "nonceShare is null");
        requireNonNull(salt, "salt is null");
        requireNonNull(publicShare, "publicShare is null");
        requireNonNull(nonceCheck, "nonceCheck is null");
        requireNonNull(keyCheck, "keyCheck is null");
        requireNonNull(maskDifference, "maskDifference is null");
        requireNonNull(multiplication, "multiplication is null");
        salt = Envelope.copyOfLength(salt, SALT_LENGTH, "salt");
        Envelope.requireDistinct(from, to);
        if (multiplication.inputs() != 2) {
            throw new IllegalArgumentException("multiplication must have 2 inputs, has " + multiplication.inputs());
        }
        view = Envelope.copyOfLength(view, BroadcastView.LENGTH, "view");
    }

    /** The sender's digest of all round-1 nonce commitments it received (echo broadcast). */
    @Override
    public byte[] view() {
        return view.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] encode() {
        int points = 4 * Secp256k1.GROUP.elementLength();
        MessageWriter writer = Envelope.writer(PresignContexts.MESSAGE_VERSION, TYPE, session, from, to)
                .reserve(points
                        + SALT_LENGTH
                        + Secp256k1.FIELD.byteLength()
                        + multiplication.encodedLength()
                        + BroadcastView.LENGTH)
                .putElement(nonceShare)
                .putFixed(salt)
                .putElement(publicShare)
                .putElement(nonceCheck)
                .putElement(keyCheck)
                .putScalar(maskDifference);
        multiplication.writeTo(writer);
        return writer.putFixed(view).toByteArray();
    }

    public static PresignRound2Message decode(byte[] bytes) throws InvalidEncodingException {
        MessageReader reader = Envelope.reader(bytes, PresignContexts.MESSAGE_VERSION, TYPE);
        Envelope envelope = Envelope.read(reader);
        Element nonceShare = reader.getElement();
        byte[] salt = reader.getFixed(SALT_LENGTH);
        Element publicShare = reader.getElement();
        Element nonceCheck = reader.getElement();
        Element keyCheck = reader.getElement();
        Scalar maskDifference = reader.getScalar();
        VoleResponse multiplication = VoleResponse.readFrom(reader);
        byte[] view = reader.getFixed(BroadcastView.LENGTH);
        reader.end();
        return Envelope.decoded(() -> new PresignRound2Message(
                envelope.session(),
                envelope.from(),
                envelope.to(),
                nonceShare,
                salt,
                publicShare,
                nonceCheck,
                keyCheck,
                maskDifference,
                multiplication,
                view));
    }
}
