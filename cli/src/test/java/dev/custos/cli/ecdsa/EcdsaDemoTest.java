package dev.custos.cli.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.signature.EcdsaVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class EcdsaDemoTest {
    @Test
    void run_twoOfThree_producesVerifyingLowSSignature() throws EcdsaException, NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest("hello".getBytes(StandardCharsets.UTF_8));
        EcdsaDemo.Result result = EcdsaDemo.run(2, 3, hash, new SecureRandom());
        assertThat(result.signers())
                .hasSize(2)
                .allSatisfy(id -> assertThat(id.value()).isBetween(1, 3));
        assertThat(result.messageHash()).isEqualTo(hash);
        assertThat(result.signature().isLowS()).isTrue();
        assertThat(result.address()).startsWith("0x").hasSize(42);
        assertThat(EcdsaVerifier.verify(
                        decode(result.publicKey()),
                        hash,
                        result.signature().r(),
                        result.signature().s()))
                .isTrue();
    }

    private static dev.custos.crypto.group.Element decode(byte[] bytes) {
        try {
            return Secp256k1.GROUP.decode(bytes);
        } catch (dev.custos.crypto.InvalidEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
