package dev.custos.frost.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.SigningHarness;
import fr.acinq.secp256k1.Secp256k1;
import java.security.SecureRandom;
import java.util.List;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * FROST signatures checked by verifiers we did not write: Bouncy Castle's RFC 8032 Ed25519 and libsecp256k1's BIP340
 * {@code schnorrsig_verify}.
 */
class IndependentVerifierTest {
    private final SecureRandom random = new SecureRandom();

    private Signature sign(SigningHarness harness, byte[] message) throws Exception {
        List<Identifier> signers = List.of(harness.identifier(2), harness.identifier(3), harness.identifier(4));
        return harness.signAndAggregate(signers, message, random);
    }

    @RepeatedTest(4)
    void ed25519Signature_verifiesWithBouncyCastle() throws Exception {
        SigningHarness harness = SigningHarness.withDealer(Ciphersuites.ed25519(), 3, 4, random);
        byte[] message = new byte[random.nextInt(100)];
        random.nextBytes(message);
        Signature signature = sign(harness, message);
        byte[] encoded = signature.encode();
        byte[] publicKey = harness.publicKeyPackage().verifyingKey().publicKeyBytes();

        assertThat(encoded).hasSize(64);
        assertThat(publicKey).hasSize(32);
        assertThat(Ed25519.verify(encoded, 0, publicKey, 0, message, 0, message.length))
                .isTrue();
        message = message.length == 0 ? new byte[] {1} : flipFirstBit(message);
        assertThat(Ed25519.verify(encoded, 0, publicKey, 0, message, 0, message.length))
                .isFalse();
    }

    @RepeatedTest(4)
    void taprootSignature_verifiesWithLibsecp256k1() throws Exception {
        Ciphersuite suite = Ciphersuites.secp256k1Taproot();
        SigningHarness harness = SigningHarness.withDealer(suite, 3, 4, random);
        byte[] message = new byte[32];
        random.nextBytes(message);
        Signature signature = sign(harness, message);
        byte[] encoded = signature.encode();
        byte[] xOnlyKey = harness.publicKeyPackage().verifyingKey().publicKeyBytes();

        assertThat(encoded).hasSize(64);
        assertThat(xOnlyKey).hasSize(32);
        assertThat(Secp256k1.get().verifySchnorr(encoded, message, xOnlyKey)).isTrue();
        assertThat(Secp256k1.get().verifySchnorr(encoded, flipFirstBit(message), xOnlyKey))
                .isFalse();
    }

    @Test
    void ed25519Signature_forgedByFlippingZ_isRejectedByBothVerifiers() throws Exception {
        SigningHarness harness = SigningHarness.withDealer(Ciphersuites.ed25519(), 3, 4, random);
        byte[] message = {7};
        byte[] encoded = sign(harness, message).encode();
        encoded[40] ^= 1;
        byte[] publicKey = harness.publicKeyPackage().verifyingKey().publicKeyBytes();

        assertThat(Ed25519.verify(encoded, 0, publicKey, 0, message, 0, 1)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ciphersuites.ed25519()
                        .decodeSignature(encoded)
                        .verify(harness.publicKeyPackage().verifyingKey(), message))
                .isInstanceOf(java.security.GeneralSecurityException.class);
    }

    private static byte[] flipFirstBit(byte[] message) {
        byte[] copy = message.clone();
        copy[0] ^= 1;
        return copy;
    }
}
