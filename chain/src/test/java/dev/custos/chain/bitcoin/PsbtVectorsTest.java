package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.TestResources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PsbtVectorsTest {
    static List<Arguments> valid() {
        return vectors("valid");
    }

    static List<Arguments> invalid() {
        return vectors("invalid");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("valid")
    void parse_validVector_succeeds(String bip, String description, String hex) {
        assertThatCode(() -> PsbtParser.parse(TestResources.hex(hex))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalid")
    void parse_invalidVector_throwsDecodingException(String bip, String description, String hex) {
        assertThatThrownBy(() -> PsbtParser.parse(TestResources.hex(hex))).isInstanceOf(DecodingException.class);
    }

    private static List<Arguments> vectors(String kind) {
        List<Arguments> out = new ArrayList<>();
        for (String bip : List.of("0174", "0370")) {
            JsonNode root = TestResources.json("vectors/bitcoin/bip" + bip + "-vectors.json");
            for (JsonNode vector : root.get(kind)) {
                out.add(Arguments.of(
                        "BIP" + bip,
                        vector.get("description").asText(),
                        vector.get("hex").asText()));
            }
        }
        return out;
    }
}
