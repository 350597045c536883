package dev.custos.ecdsa.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.Secp256k1;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wycheproof ECDSA secp256k1/SHA-256 vectors against the shipped verifier (strict DER, then SEC 1 verification). */
class WycheproofTest {
    @ParameterizedTest
    @CsvSource({"ecdsa_secp256k1_sha256_test.json, false", "ecdsa_secp256k1_sha256_bitcoin_test.json, true"})
    void vectors(String file, boolean requireLowS) throws IOException, NoSuchAlgorithmException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/vectors/wycheproof/" + file)) {
            root = new ObjectMapper().readTree(in);
        }
        HexFormat hex = HexFormat.of();
        int checked = 0;
        for (JsonNode group : root.get("testGroups")) {
            Element publicKey = decodeUncompressed(
                    hex.parseHex(group.get("publicKey").get("uncompressed").asText()));
            for (JsonNode test : group.get("tests")) {
                byte[] hash = MessageDigest.getInstance("SHA-256")
                        .digest(hex.parseHex(test.get("msg").asText()));
                boolean accepted =
                        verify(publicKey, hash, hex.parseHex(test.get("sig").asText()), requireLowS);
                String result = test.get("result").asText();
                if (!result.equals("acceptable")) {
                    assertThat(accepted)
                            .as(
                                    "tcId %s (%s)",
                                    test.get("tcId"), test.get("comment").asText())
                            .isEqualTo(result.equals("valid"));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(root.get("numberOfTests").asInt());
    }

    private static boolean verify(Element publicKey, byte[] hash, byte[] der, boolean requireLowS) {
        Optional<DerSignature.Values> values = DerSignature.decode(der);
        if (values.isEmpty()) {
            return false;
        }
        if (requireLowS) {
            EcdsaSignature signature =
                    new EcdsaSignature(values.get().r(), values.get().s(), 0);
            return EcdsaVerifier.verifyLowS(publicKey, hash, signature);
        }
        return EcdsaVerifier.verify(
                publicKey, hash, values.get().r(), values.get().s());
    }

    /** Compresses a 65-byte SEC1 point and decodes it strictly; the y coordinate must match the decoded one. */
    private static Element decodeUncompressed(byte[] point) {
        byte[] compressed = new byte[33];
        compressed[0] = (byte) ((point[64] & 1) == 0 ? 0x02 : 0x03);
        System.arraycopy(point, 1, compressed, 1, 32);
        try {
            Element element = Secp256k1.GROUP.decode(compressed);
            assertThat(((dev.custos.crypto.group.secp256k1.Secp256k1Element) element).encodeUncompressed())
                    .isEqualTo(point);
            return element;
        } catch (InvalidEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
