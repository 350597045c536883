package dev.custos.frost.round1;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.internal.Checks;
import dev.custos.frost.internal.Hashes;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageType;
import dev.custos.frost.serialization.MessageWriter;

/**
 * A signer's round-one message: its identifier and the commitments {@code D = d * G} (hiding) and {@code E = e * G}
 * (binding) to its nonces. Neither commitment may be the identity.
 */
public record SigningCommitments(Ciphersuite suite, Identifier identifier, Element hiding, Element binding) {
    public SigningCommitments {
        requireNonNull(suite, "suite is null");
        requireNonNull(identifier, "identifier is null");
        Checks.requireScalar(suite.scalarField(), suite.name(), identifier.value(), "identifier");
        Checks.requireElement(suite.group(), suite.name(), hiding, "hiding");
        Checks.requireElement(suite.group(), suite.name(), binding, "binding");
    }

    /**
     * A stable public identifier of the nonce pair behind these commitments: SHA-256 over the suite id and both
     * commitment encodings. Used by {@link NonceStore} to record use.
     */
    public byte[] nonceId() {
        return Hashes.sha256(new byte[] {(byte) suite.id()}, hiding.encode(), binding.encode());
    }

    @Override
    public String toString() {
        return "SigningCommitments[" + suite.name() + ", " + identifier + "]";
    }

    /** The versioned wire encoding: header, identifier, hiding and binding commitments. */
    public byte[] serialize() {
        return MessageWriter.start(MessageType.SIGNING_COMMITMENTS, suite)
                .identifier(identifier)
                .element(hiding)
                .element(binding)
                .toByteArray();
    }

    /** Strictly decodes {@link #serialize()} output. */
    public static SigningCommitments deserialize(byte[] message) throws FrostException {
        MessageReader reader = MessageReader.open(message, MessageType.SIGNING_COMMITMENTS);
        SigningCommitments commitments = new SigningCommitments(
                reader.suite(), reader.identifier("identifier"), reader.element("hiding"), reader.element("binding"));
        reader.finish();
        return commitments;
    }
}
