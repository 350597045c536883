package dev.custos.frost.dkg;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.internal.EvenY;
import dev.custos.frost.internal.Hashes;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The Schnorr proof of knowledge of {@code a_0} for {@code C_0 = a_0 * G} (RFC 9591 Appendix C, FROST KeyGen round 1
 * steps 2 and 5): {@code R = k * G}, {@code c = HDKG(id || C_0 || R [|| ctx])}, {@code z = k + a_0 * c}; verified as
 * {@code R == z * G - c * C_0}. For secp256k1-tr the nonce is chosen with even Y (as ZF's {@code frost-secp256k1-tr}),
 * because the proof is encoded with an x-only {@code R}.
 */
final class ProofOfKnowledge {
    private static final int NONCE_RANDOMNESS_LENGTH = 32;

    private ProofOfKnowledge() {}

    static Signature prove(
            DkgParameters parameters, Identifier prover, Scalar secret, Element commitment, SecureRandom random) {
        Ciphersuite suite = parameters.suite();
        Scalar nonce = hedgedNonce(suite, secret, random);
        Element nonceCommitment = suite.group().multiplyGenerator(nonce);
        if (suite.requiresEvenY() && !EvenY.hasEvenY(nonceCommitment)) {
            Scalar negated = nonce.negate();
            nonce.wipe();
            nonce = negated;
            nonceCommitment = nonceCommitment.negate();
        }
        Scalar challenge = challenge(parameters, prover, commitment, nonceCommitment);
        Scalar product = secret.multiply(challenge);
        Scalar response = nonce.add(product);
        product.wipe();
        nonce.wipe();
        return new Signature(suite, nonceCommitment, response);
    }

    static boolean verify(DkgParameters parameters, Identifier prover, Element commitment, Signature proof) {
        Ciphersuite suite = parameters.suite();
        if (proof.suite() != suite || commitment.isIdentity()) {
            return false;
        }
        if (suite.requiresEvenY() && !EvenY.hasEvenY(proof.commitment())) {
            return false;
        }
        Scalar challenge = challenge(parameters, prover, commitment, proof.commitment());
        Group group = suite.group();
        Element expected = group.multiplyGenerator(proof.z()).subtract(commitment.multiplyPublic(challenge));
        return expected.equals(proof.commitment());
    }

    static Scalar challenge(DkgParameters parameters, Identifier prover, Element commitment, Element nonceCommitment) {
        byte[] preimage = Hashes.concatenate(prover.encode(), commitment.encode(), nonceCommitment.encode());
        if (parameters.binding() == ProofBinding.CUSTOS_SESSION) {
            preimage = Hashes.concatenate(preimage, parameters.contextDigest());
        }
        return parameters.suite().hdkg(preimage);
    }

    /** {@code H3(random_bytes(32) || a_0)} as RFC 9591 §4.1 nonce_generate, so a weak RNG alone does not leak a_0. */
    private static Scalar hedgedNonce(Ciphersuite suite, Scalar secret, SecureRandom random) {
        byte[] randomness = new byte[NONCE_RANDOMNESS_LENGTH];
        byte[] secretBytes = secret.toBytes();
        try {
            while (true) {
                random.nextBytes(randomness);
                byte[] input = Hashes.concatenate(randomness, secretBytes);
                Scalar nonce = suite.h3(input);
                Arrays.fill(input, (byte) 0);
                if (!nonce.isZero()) {
                    return nonce;
                }
            }
        } finally {
            Arrays.fill(randomness, (byte) 0);
            Arrays.fill(secretBytes, (byte) 0);
        }
    }
}
