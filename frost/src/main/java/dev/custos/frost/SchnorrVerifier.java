package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;

/** The Schnorr verification equation {@code z * G == R + c * Y} shared by the ciphersuites. */
final class SchnorrVerifier {
    private SchnorrVerifier() {}

    static void verify(Ciphersuite suite, VerifyingKey key, byte[] message, Element commitment, Scalar z)
            throws FrostException {
        requireNonNull(key, "key is null");
        requireNonNull(message, "message is null");
        if (key.suite() != suite) {
            throw new FrostException(
                    FrostErrorCode.CIPHERSUITE_MISMATCH,
                    "verifying key belongs to " + key.suite().name() + ", not " + suite.name());
        }
        Scalar challenge = suite.challenge(commitment, key, message);
        Element left = suite.group().multiplyGenerator(z);
        Element right = commitment.add(key.element().multiplyPublic(challenge));
        if (!left.equals(right)) {
            throw new FrostException(FrostErrorCode.INVALID_SIGNATURE, "invalid signature");
        }
    }

    static Signature requireSuite(Ciphersuite suite, Signature signature) throws FrostException {
        requireNonNull(signature, "signature is null");
        if (signature.suite() != suite) {
            throw new FrostException(
                    FrostErrorCode.CIPHERSUITE_MISMATCH,
                    "signature belongs to " + signature.suite().name() + ", not " + suite.name());
        }
        return signature;
    }
}
