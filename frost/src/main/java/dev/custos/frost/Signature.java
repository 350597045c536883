package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;

/**
 * A Schnorr signature {@code (R, z)} produced by FROST, encoded in the ciphersuite's standard format. Its versioned
 * wire message is written and read by {@code dev.custos.frost.serialization.SignatureMessages}.
 */
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
}
