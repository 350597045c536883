package dev.custos.ecdsa.ot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;

/** The base-OT sender's first message: {@code B = b·G} and a proof of knowledge of {@code b}. */
public record BaseOtSenderMessage(Element publicKey, DiscreteLogProof proof) {
    public BaseOtSenderMessage {
        requireNonNull(publicKey, "publicKey is null");
        requireNonNull(proof, "proof is null");
        if (publicKey.isIdentity()) {
            throw new IllegalArgumentException("base OT public key is the identity");
        }
    }

    public void writeTo(MessageWriter writer) {
        writer.putElement(publicKey);
        proof.writeTo(writer);
    }

    public static BaseOtSenderMessage readFrom(MessageReader reader) throws InvalidEncodingException {
        Element publicKey = reader.getElement();
        return new BaseOtSenderMessage(publicKey, DiscreteLogProof.readFrom(reader));
    }
}
