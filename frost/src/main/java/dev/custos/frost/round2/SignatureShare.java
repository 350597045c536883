package dev.custos.frost.round2;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.internal.Checks;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageType;
import dev.custos.frost.serialization.MessageWriter;

/** A signer's round-two message: its share {@code z_i} of the signature's scalar. */
public record SignatureShare(Ciphersuite suite, Identifier identifier, Scalar share) {
    public SignatureShare {
        requireNonNull(suite, "suite is null");
        requireNonNull(identifier, "identifier is null");
        Checks.requireScalar(suite.scalarField(), suite.name(), identifier.value(), "identifier");
        Checks.requireScalar(suite.scalarField(), suite.name(), share, "share");
    }

    @Override
    public String toString() {
        return "SignatureShare[" + suite.name() + ", " + identifier + "]";
    }

    /** The versioned wire encoding: header, identifier, share scalar. */
    public byte[] serialize() {
        return MessageWriter.start(MessageType.SIGNATURE_SHARE, suite)
                .identifier(identifier)
                .scalar(share)
                .toByteArray();
    }

    /** Strictly decodes {@link #serialize()} output (the share scalar must be canonical). */
    public static SignatureShare deserialize(byte[] message) throws FrostException {
        MessageReader reader = MessageReader.open(message, MessageType.SIGNATURE_SHARE);
        SignatureShare share =
                new SignatureShare(reader.suite(), reader.identifier("identifier"), reader.scalar("share"));
        reader.finish();
        return share;
    }
}
