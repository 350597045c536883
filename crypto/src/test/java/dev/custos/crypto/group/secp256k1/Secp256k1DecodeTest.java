package dev.custos.crypto.group.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.ScalarField;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Secp256k1DecodeTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger SEVEN = BigInteger.valueOf(7);

    static List<Secp256k1Group> groups() {
        return Secp256k1Groups.available();
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_encodedPoints_roundTrip(Secp256k1Group group) throws InvalidEncodingException {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 8; i++) {
            Secp256k1Element point = group.multiplyGenerator(ScalarField.SECP256K1.randomNonZero(random));

            Secp256k1Element decoded = group.decode(point.encode());

            assertThat(decoded).isEqualTo(point);
            assertThat(decoded.encodeUncompressed()).isEqualTo(point.encodeUncompressed());
        }
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_zfFrostInvalidElement_throws(Secp256k1Group group) throws IOException {
        JsonNode vectors;
        try (InputStream in = getClass().getResourceAsStream("/vectors/secp256k1/zf-frost-elements.json")) {
            vectors = new ObjectMapper().readTree(in);
        }
        byte[] invalid =
                HEX.parseHex(vectors.path("elements").path("invalid_element").asText());

        assertThat(invalid).hasSize(33);
        assertThatThrownBy(() -> group.decode(invalid))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("prefix 0x12");
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_wrongLength_throws(Secp256k1Group group) {
        byte[] generator = group.generator().encode();

        assertThatThrownBy(() -> group.decode(null)).isInstanceOf(InvalidEncodingException.class);
        for (int length : new int[] {0, 32, 34, 64, 66}) {
            byte[] encoding = Arrays.copyOf(generator, length);
            assertThatThrownBy(() -> group.decode(encoding))
                    .isInstanceOf(InvalidEncodingException.class)
                    .hasMessageContaining("must be 33 bytes, got " + length);
        }
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_identity_throws(Secp256k1Group group) {
        assertThatThrownBy(() -> group.decode(new byte[] {0}))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("identity");
        assertThatThrownBy(() -> group.decode(new byte[33]))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("prefix 0x00");
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_uncompressedAndHybrid_throw(Secp256k1Group group) {
        byte[] uncompressed = group.generator().encodeUncompressed();
        byte[] hybridEven = uncompressed.clone();
        hybridEven[0] = 0x06;
        byte[] hybridOdd = uncompressed.clone();
        hybridOdd[0] = 0x07;

        assertThatThrownBy(() -> group.decode(uncompressed))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("uncompressed");
        assertThatThrownBy(() -> group.decode(hybridEven))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("hybrid");
        assertThatThrownBy(() -> group.decode(hybridOdd))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("hybrid");
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_badPrefix_throws(Secp256k1Group group) {
        for (int prefix : new int[] {0x00, 0x01, 0x04, 0x05, 0x06, 0x07, 0x82, 0xFF}) {
            byte[] encoding = group.generator().encode();
            encoding[0] = (byte) prefix;
            assertThatThrownBy(() -> group.decode(encoding))
                    .isInstanceOf(InvalidEncodingException.class)
                    .hasMessageContaining(String.format("prefix 0x%02x", prefix));
        }
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_xNotBelowFieldPrime_throws(Secp256k1Group group) {
        BigInteger[] outOfRange = {
            AffineReference.P,
            AffineReference.P.add(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)
        };
        for (BigInteger x : outOfRange) {
            for (String prefix : new String[] {"02", "03"}) {
                byte[] encoding = HEX.parseHex(prefix + AffineReference.hex32(x));
                assertThatThrownBy(() -> group.decode(encoding))
                        .isInstanceOf(InvalidEncodingException.class)
                        .hasMessageContaining("not below the field prime");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_xAliasAbovePrime_throws(Secp256k1Group group) throws InvalidEncodingException {
        BigInteger x = smallX(true);
        byte[] canonical = HEX.parseHex("02" + AffineReference.hex32(x));
        byte[] alias = HEX.parseHex("02" + AffineReference.hex32(x.add(AffineReference.P)));

        assertThat(group.decode(canonical).xOnly()).isEqualTo(Arrays.copyOfRange(canonical, 1, 33));
        assertThatThrownBy(() -> group.decode(alias))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("not below the field prime");
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_xNotOnCurve_throws(Secp256k1Group group) {
        BigInteger x = smallX(false);
        for (String prefix : new String[] {"02", "03"}) {
            byte[] encoding = HEX.parseHex(prefix + AffineReference.hex32(x));
            assertThatThrownBy(() -> group.decode(encoding))
                    .isInstanceOf(InvalidEncodingException.class)
                    .hasMessageContaining("not on the curve");
        }
    }

    @ParameterizedTest
    @MethodSource("groups")
    void decode_parityPrefix_selectsY(Secp256k1Group group) throws InvalidEncodingException {
        byte[] even = group.generator().encode();
        byte[] odd = even.clone();
        odd[0] = 0x03;

        assertThat(group.decode(even)).isEqualTo(group.generator());
        assertThat(group.decode(odd)).isEqualTo(group.generator().negate());
        assertThat(group.decode(odd).hasEvenY()).isFalse();
    }

    /** The smallest x whose x^3 + 7 is (or is not) a square modulo p, by Euler's criterion. */
    private static BigInteger smallX(boolean onCurve) {
        BigInteger exponent = AffineReference.P.subtract(BigInteger.ONE).shiftRight(1);
        for (BigInteger x = BigInteger.ONE; ; x = x.add(BigInteger.ONE)) {
            BigInteger value = x.pow(3).add(SEVEN).mod(AffineReference.P);
            boolean square = value.modPow(exponent, AffineReference.P).equals(BigInteger.ONE);
            if (square == onCurve) {
                return x;
            }
        }
    }
}
