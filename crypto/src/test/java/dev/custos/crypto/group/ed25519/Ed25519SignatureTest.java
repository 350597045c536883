package dev.custos.crypto.group.ed25519;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.crypto.scalar.Scalar;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 8032 §7.1 test vectors, reproduced with signatures built by hand on top of the group. */
class Ed25519SignatureTest {
    private static final Ed25519Group GROUP = Ed25519Group.INSTANCE;
    private static final HexFormat HEX = HexFormat.of();

    static List<JsonNode> rfc8032Vectors() throws IOException {
        try (InputStream in =
                Ed25519SignatureTest.class.getResourceAsStream("/vectors/ed25519/rfc8032-section-7.1.json")) {
            if (in == null) {
                throw new IOException("missing rfc8032-section-7.1.json");
            }
            JsonNode vectors = new ObjectMapper().readTree(in).get("vectors");
            return StreamSupport.stream(vectors.spliterator(), false).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("rfc8032Vectors")
    void publicKey_fromSecretKey_matchesRfc8032(JsonNode vector) {
        byte[] secretKey = HEX.parseHex(vector.get("secretKey").asText());
        byte[] expected = HEX.parseHex(vector.get("publicKey").asText());
        Scalar a = HandBuiltSignatures.secretScalar(secretKey);
        assertThat(GROUP.multiplyGenerator(a).encode()).isEqualTo(expected);
        assertThat(GROUP.generator().multiplyPublic(a).encode()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("rfc8032Vectors")
    void sign_byHand_matchesRfc8032Signature(JsonNode vector) {
        byte[] secretKey = HEX.parseHex(vector.get("secretKey").asText());
        byte[] message = HEX.parseHex(vector.get("message").asText());
        byte[] expected = HEX.parseHex(vector.get("signature").asText());
        assertThat(HandBuiltSignatures.sign(secretKey, message)).isEqualTo(expected);
    }
}
