package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageType;
import dev.custos.frost.serialization.MessageWriter;

/** A Schnorr signature {@code (R, z)} produced by FROST, encoded in the ciphersuite's standard format. */
public record Signature(Ciphersuite suite, Element commitment, Scalar z) {
    public Signature {
        requireNonNull(suite, "suite is null");
        requireNonNull(commitment, "commitment is null");
        requireNonNull(z, "z is null");
        if (!commitment.group().equals(suite.group())) {
            throw new IllegalArgumentException("commitment is not an element of the " + suite.name() + " group");
        }
        if (z.field() != suite.scalarField()) {
            throw new IllegalArgumentException("z is not a scalar of the " + suite.name() + " field");
        }
        if (commitment.isIdentity()) {
            throw new IllegalArgumentException("signature commitment must not be the identity");
        }
    }

    /** The suite's standard encoding (see {@link Ciphersuite#encodeSignature(Signature)}). */
    public byte[] encode() {
        return suite.encodeSignature(this);
    }

    public static Signature decode(Ciphersuite suite, byte[] encoding) throws InvalidEncodingException {
        return requireNonNull(suite, "suite is null").decodeSignature(requireNonNull(encoding, "encoding is null"));
    }

    /** Verifies this signature; throws {@link FrostException} ({@link FrostErrorCode#INVALID_SIGNATURE}) on failure. */
    public void verify(VerifyingKey key, byte[] message) throws FrostException {
        suite.verify(key, message, this);
    }

    @Override
    public String toString() {
        return "Signature[" + suite.name() + "]";
    }

    /** The versioned wire encoding: header followed by {@link #encode()}. */
    public byte[] serialize() {
        return MessageWriter.start(MessageType.SIGNATURE, suite).fixed(encode()).toByteArray();
    }

    /** Strictly decodes {@link #serialize()} output. */
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
