package dev.custos.frost.verification;

import static dev.custos.frost.TestVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostException;
import dev.custos.frost.Signature;
import dev.custos.frost.TestVectors;
import dev.custos.frost.VerifyingKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof's Ed25519 vectors against the {@code ed25519} suite's verifier: every "valid" vector is accepted and every
 * "invalid" one rejected (non-canonical S, non-canonical or off-curve points, wrong lengths, modified messages).
 */
class Ed25519WycheproofTest {
    record Case(int id, String publicKey, String message, String signature, String result, String comment) {
        @Override
        public String toString() {
            return id + " " + result + (comment.isEmpty() ? "" : " (" + comment + ")");
        }
    }

    static Stream<Case> cases() {
        JsonNode root = TestVectors.json("wycheproof/ed25519_test.json");
        List<Case> cases = new ArrayList<>();
        for (JsonNode group : root.get("testGroups")) {
            String publicKey = group.get("publicKey").get("pk").asText();
            for (JsonNode test : group.get("tests")) {
                cases.add(new Case(
                        test.get("tcId").asInt(),
                        publicKey,
                        test.get("msg").asText(),
                        test.get("sig").asText(),
                        test.get("result").asText(),
                        test.get("comment").asText()));
            }
        }
        assertThat(cases).hasSize(root.get("numberOfTests").asInt());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verify_wycheproofCase_matchesExpectedResult(Case test) {
        assertThat(test.result()).isIn("valid", "invalid");
        assertThat(verifies(test)).isEqualTo(test.result().equals("valid"));
    }

    private static boolean verifies(Case test) {
        Ciphersuite suite = Ciphersuites.ed25519();
        try {
            VerifyingKey key = suite.decodePublicKey(hex(test.publicKey()));
            Signature signature = suite.decodeSignature(hex(test.signature()));
            suite.verify(key, hex(test.message()), signature);
            return true;
        } catch (InvalidEncodingException | FrostException e) {
            return false;
        }
    }
}
