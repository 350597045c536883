package dev.custos.frost.verification;

import static dev.custos.frost.TestVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostException;
import dev.custos.frost.Signature;
import dev.custos.frost.VerifyingKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The BIP340 reference vectors against the {@code secp256k1-tr} suite's verifier. */
class Bip340VerifierTest {
    record Vector(int index, String publicKey, String message, String signature, boolean valid, String comment) {
        @Override
        public String toString() {
            return index + (comment.isEmpty() ? "" : " (" + comment + ")");
        }
    }

    static Stream<Vector> vectors() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Bip340VerifierTest.class.getResourceAsStream("/vectors/bip340/test-vectors.csv"),
                StandardCharsets.UTF_8))) {
            List<Vector> vectors = reader.lines()
                    .skip(1)
                    .map(line -> line.split(",", -1))
                    .map(fields -> new Vector(
                            Integer.parseInt(fields[0]),
                            fields[2],
                            fields[4],
                            fields[5],
                            fields[6].toUpperCase(Locale.ROOT).equals("TRUE"),
                            fields[7]))
                    .toList();
            assertThat(vectors).hasSizeGreaterThanOrEqualTo(15);
            return vectors.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verify_bip340Vector_matchesExpectedResult(Vector vector) {
        assertThat(verifies(vector)).isEqualTo(vector.valid());
    }

    private static boolean verifies(Vector vector) {
        Ciphersuite suite = Ciphersuites.secp256k1Taproot();
        try {
            VerifyingKey key = suite.decodePublicKey(hex(vector.publicKey()));
            Signature signature = suite.decodeSignature(hex(vector.signature()));
            suite.verify(key, hex(vector.message()), signature);
            return true;
        } catch (InvalidEncodingException | FrostException e) {
            return false;
        }
    }
}
