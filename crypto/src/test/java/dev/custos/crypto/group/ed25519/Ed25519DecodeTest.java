package dev.custos.crypto.group.ed25519;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ed25519DecodeTest {
    private static final Ed25519Group GROUP = Ed25519Group.INSTANCE;
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void decode_zfInvalidElement_throws() throws IOException {
        JsonNode vectors = readJson("zf-frost-elements.json");
        byte[] invalid =
                HEX.parseHex(vectors.get("elements").get("invalid_element").asText());
        assertThatThrownBy(() -> GROUP.decode(invalid)).isInstanceOf(InvalidEncodingException.class);
    }

    static List<String> smallOrderPoints() throws IOException {
        List<String> encodings = new ArrayList<>();
        for (JsonNode point : readJson("small-order-points.json").get("points")) {
            encodings.add(point.get("encoding").asText());
        }
        return encodings;
    }

    @ParameterizedTest
    @MethodSource("smallOrderPoints")
    void decode_smallOrderPoint_throws(String hex) {
        byte[] encoding = HEX.parseHex(hex);
        assertThatThrownBy(() -> GROUP.decode(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .message()
                .satisfiesAnyOf(
                        message -> assertThat(message).contains("identity"),
                        message -> assertThat(message).contains("prime-order subgroup"));
    }

    @ParameterizedTest
    @MethodSource("smallOrderPoints")
    void decode_mixedOrderPoint_throws(String hex) throws InvalidEncodingException {
        // P + T for P = 7B and T of small order, computed with the independent reference model.
        ReferenceEdwards.Point torsion =
                ReferenceEdwards.decode(HEX.parseHex(hex)).orElseThrow();
        ReferenceEdwards.Point prime = ReferenceEdwards.multiply(BigInteger.valueOf(7), ReferenceEdwards.BASE);
        byte[] mixed = ReferenceEdwards.encode(ReferenceEdwards.add(prime, torsion));
        if (torsion.equals(ReferenceEdwards.IDENTITY)) {
            assertThat(GROUP.decode(mixed).encode()).isEqualTo(mixed); // 7B + identity = 7B is valid
            return;
        }
        assertThatThrownBy(() -> GROUP.decode(mixed))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("prime-order subgroup");
    }

    @Test
    void decode_identity_throwsNamingIdentity() {
        byte[] identity = HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000000");
        assertThatThrownBy(() -> GROUP.decode(identity))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("identity");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p
                "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = p + 1
                "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", // y = p + 1, sign bit set
                "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = 2^255 - 1
            })
    void decode_yNotBelowFieldPrime_throws(String hex) {
        byte[] encoding = HEX.parseHex(hex);
        assertThatThrownBy(() -> GROUP.decode(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("not canonical")
                .hasMessageContaining("y is not below p");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0100000000000000000000000000000000000000000000000000000000000080", // identity with sign bit
                "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", // (0, -1) with sign bit
            })
    void decode_zeroXWithSignBit_throws(String hex) {
        byte[] encoding = HEX.parseHex(hex);
        assertThatThrownBy(() -> GROUP.decode(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("x = 0 with the sign bit set");
    }

    @Test
    void decode_yWithoutX_throws() {
        // y = 2: (y^2 - 1) / (d y^2 + 1) is not a square (checked with the reference model).
        byte[] encoding = HEX.parseHex("0200000000000000000000000000000000000000000000000000000000000000");
        assertThat(ReferenceEdwards.decode(encoding)).isEmpty();
        assertThatThrownBy(() -> GROUP.decode(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("not on the curve");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 31, 33, 64})
    void decode_wrongLength_throws(int length) {
        byte[] encoding = new byte[length];
        assertThatThrownBy(() -> GROUP.decode(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("must be 32 bytes, got " + length);
    }

    @Test
    void decode_null_throws() {
        assertThatThrownBy(() -> GROUP.decode(null)).isInstanceOf(InvalidEncodingException.class);
    }

    @Test
    void decode_validElements_roundTrip() throws InvalidEncodingException {
        for (int k = 1; k <= 16; k++) {
            byte[] expected = ReferenceEdwards.encode(ReferenceEdwards.multiply(
                    BigInteger.valueOf(k).shiftLeft(200).add(BigInteger.valueOf(k)), ReferenceEdwards.BASE));
            Element decoded = GROUP.decode(expected);
            assertThat(decoded.encode()).isEqualTo(expected);
            assertThat((decoded.negate().encode()[31] ^ expected[31]) & 0xff).isEqualTo(0x80);
        }
    }

    @Test
    void decode_doesNotKeepCallerArray() throws InvalidEncodingException {
        byte[] encoding = GROUP.generator().encode();
        Element decoded = GROUP.decode(encoding);
        encoding[0] ^= 1;
        assertThat(decoded).isEqualTo(GROUP.generator());
        decoded.encode()[0] ^= 1;
        assertThat(decoded.encode()).isEqualTo(GROUP.generator().encode());
    }

    private static JsonNode readJson(String name) throws IOException {
        try (InputStream in = Ed25519DecodeTest.class.getResourceAsStream("/vectors/ed25519/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new ObjectMapper().readTree(in);
        }
    }
}
