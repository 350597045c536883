package dev.custos.frost.serialization;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.FrostException;
import dev.custos.frost.Signature;

/**
 * The versioned wire message of a {@link Signature}: the message header (type {@link MessageType#SIGNATURE} and the
 * suite) followed by the suite's standard signature encoding. Kept here rather than on {@code Signature} so that the
 * root package does not depend on the wire format that depends on it.
 */
public final class SignatureMessages {
    private SignatureMessages() {}

    /** The versioned wire encoding: header followed by {@link Signature#encode()}. */
    public static byte[] serialize(Signature signature) {
        requireNonNull(signature, "signature is null");
        return MessageWriter.start(MessageType.SIGNATURE, signature.suite())
                .fixed(signature.encode())
                .toByteArray();
    }

    /** Strictly decodes {@link #serialize(Signature)} output. */
    public static Signature deserialize(byte[] message) throws FrostException {
        MessageReader reader = MessageReader.open(message, MessageType.SIGNATURE);
        byte[] encoding = reader.fixed(reader.suite().signatureLength(), "signature");
        reader.finish();
        try {
            return reader.suite().decodeSignature(encoding);
        } catch (InvalidEncodingException e) {
            throw reader.error("signature: " + e.getMessage());
        }
    }
}
