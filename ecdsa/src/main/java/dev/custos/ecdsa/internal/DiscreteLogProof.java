package dev.custos.ecdsa.internal;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.security.SecureRandom;

/**
 * A Fiat-Shamir Schnorr proof of knowledge of {@code x} with {@code X = x·G}. The challenge hashes a caller-supplied
 * context (protocol, session and prover identifier), so a proof cannot be replayed in another session or by another
 * party.
 */
public record DiscreteLogProof(Element commitment, Scalar response) {
    public static final int LENGTH = 33 + 32;

    public DiscreteLogProof {
        requireNonNull(commitment, "commitment is null");
        requireNonNull(response, "response is null");
        if (commitment.isIdentity()) {
            throw new IllegalArgumentException("proof commitment is the identity");
        }
    }

    public static DiscreteLogProof prove(byte[] context, Scalar secret, Element publicValue, SecureRandom random) {
        Scalar nonce = Secp256k1.FIELD.randomNonZero(random);
        Element commitment = Secp256k1.GROUP.multiplyGenerator(nonce);
        Scalar challenge = challenge(context, publicValue, commitment);
        Scalar response = nonce.add(challenge.multiply(secret));
        nonce.wipe();
        return new DiscreteLogProof(commitment, response);
    }

    /** Whether this proves knowledge of the discrete logarithm of {@code publicValue} in {@code context}. */
    public boolean verify(byte[] context, Element publicValue) {
        if (publicValue.isIdentity()) {
            return false;
        }
        Scalar challenge = challenge(context, publicValue, commitment);
        Element expected = commitment.add(publicValue.multiplyPublic(challenge));
        return Secp256k1.GROUP.multiplyGenerator(response).equals(expected);
    }

    public void writeTo(MessageWriter writer) {
        writer.putElement(commitment).putScalar(response);
    }

    public static DiscreteLogProof readFrom(MessageReader reader) throws InvalidEncodingException {
        Element commitment = reader.getElement();
        Scalar response = reader.getScalar();
        return new DiscreteLogProof(commitment, response);
    }

    private static Scalar challenge(byte[] context, Element publicValue, Element commitment) {
        return Hasher.sha512("dlog-proof")
                .put(context)
                .put(publicValue)
                .put(commitment)
                .digestScalar();
    }
}
