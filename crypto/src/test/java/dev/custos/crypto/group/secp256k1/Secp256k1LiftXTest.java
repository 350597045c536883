package dev.custos.crypto.group.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.ScalarField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** BIP340 test vectors (bip-0340/test-vectors.csv): public keys through {@code lift_x}, secret keys through k * G. */
class Secp256k1LiftXTest {
    private static final HexFormat HEX = HexFormat.of();

    record Bip340Vector(int index, String secretKey, String publicKey, String comment) {
        /** Index 5 (not on the curve) and 14 (x not below p) carry invalid public keys. */
        boolean invalidPublicKey() {
            return index == 5 || index == 14;
        }
    }

    static List<Bip340Vector> vectors() throws IOException {
        List<Bip340Vector> vectors = new ArrayList<>();
        try (InputStream in =
                        Secp256k1LiftXTest.class.getResourceAsStream("/vectors/secp256k1/bip340-test-vectors.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                vectors.add(new Bip340Vector(Integer.parseInt(fields[0]), fields[1], fields[2], fields[7]));
            }
        }
        return vectors;
    }

    static Stream<Arguments> groupsAndVectors() throws IOException {
        List<Bip340Vector> vectors = vectors();
        return Secp256k1Groups.available().stream()
                .flatMap(group -> vectors.stream().map(vector -> Arguments.of(group, vector)));
    }

    @ParameterizedTest
    @MethodSource("groupsAndVectors")
    void liftX_bip340PublicKey_givesEvenYPointOrFails(Secp256k1Group group, Bip340Vector vector)
            throws InvalidEncodingException {
        byte[] x = HEX.parseHex(vector.publicKey());

        if (vector.invalidPublicKey()) {
            assertThat(vector.comment()).contains("public key");
            assertThatThrownBy(() -> group.liftX(x)).isInstanceOf(InvalidEncodingException.class);
            assertThatThrownBy(() -> Secp256k1Element.liftX(x)).isInstanceOf(InvalidEncodingException.class);
            return;
        }
        Secp256k1Element point = group.liftX(x);
        assertThat(Secp256k1Element.liftX(x)).isEqualTo(point);
        assertThat(point.xOnly()).isEqualTo(x);
        assertThat(point.hasEvenY()).isTrue();
        assertThat(point.encode()[0]).isEqualTo((byte) 0x02);
    }

    @ParameterizedTest
    @MethodSource("groupsAndVectors")
    void multiplyGenerator_bip340SecretKey_givesPublicKey(Secp256k1Group group, Bip340Vector vector)
            throws InvalidEncodingException {
        if (vector.secretKey().isEmpty()) {
            return;
        }
        Secp256k1Element point =
                group.multiplyGenerator(ScalarField.SECP256K1.decode(HEX.parseHex(vector.secretKey())));

        assertThat(HEX.formatHex(point.xOnly())).isEqualToIgnoringCase(vector.publicKey());
        Secp256k1Element lifted = group.liftX(point.xOnly());
        assertThat(lifted).isEqualTo(point.hasEvenY() ? point : point.negate());
    }

    @ParameterizedTest
    @MethodSource("dev.custos.crypto.group.secp256k1.Secp256k1Groups#available")
    void liftX_knownInvalidKeys_messagesNameTheProblem(Secp256k1Group group) {
        byte[] notOnCurve = HEX.parseHex("EEFDEA4CDB677750A420FEE807EACF21EB9898AE79B9768766E4FAA04A2D4A34");
        byte[] aboveField = HEX.parseHex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC30");

        assertThatThrownBy(() -> group.liftX(notOnCurve)).hasMessageContaining("not on the curve");
        assertThatThrownBy(() -> group.liftX(aboveField)).hasMessageContaining("not below the field prime");
        assertThatThrownBy(() -> group.liftX(new byte[33])).hasMessageContaining("must be 32 bytes, got 33");
        assertThatThrownBy(() -> group.liftX(null)).isInstanceOf(InvalidEncodingException.class);
    }
}
