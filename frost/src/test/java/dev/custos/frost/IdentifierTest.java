package dev.custos.frost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierTest {
    private final Ciphersuite ed25519 = Ciphersuites.ed25519();
    private final Ciphersuite secp256k1 = Ciphersuites.secp256k1();

    @Test
    void of_outsideOneTo65535_throws() {
        assertThatThrownBy(() -> Identifier.of(ed25519, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifier.of(ed25519, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifier.of(ed25519, 65536)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Identifier.of(ed25519, 65535).value().toBigInteger()).isEqualTo(BigInteger.valueOf(65535));
    }

    @Test
    void constructor_zeroScalar_throws() {
        assertThatThrownBy(() -> new Identifier(ed25519.scalarField().zero()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero");
    }

    @Test
    void encode_usesTheSuiteScalarByteOrder() {
        assertThat(Identifier.of(ed25519, 1).encode()[0]).isEqualTo((byte) 1);
        assertThat(Identifier.of(secp256k1, 1).encode()[31]).isEqualTo((byte) 1);
    }

    @Test
    void decode_zeroOrNonCanonical_throws() {
        assertThatThrownBy(() -> Identifier.decode(secp256k1, new byte[32]))
                .isInstanceOf(InvalidEncodingException.class);
        byte[] allOnes = new byte[32];
        java.util.Arrays.fill(allOnes, (byte) 0xff);
        assertThatThrownBy(() -> Identifier.decode(secp256k1, allOnes)).isInstanceOf(InvalidEncodingException.class);
        assertThatThrownBy(() -> Identifier.decode(secp256k1, new byte[31]))
                .isInstanceOf(InvalidEncodingException.class);
    }

    @Test
    void decode_encoded_roundTrips() throws Exception {
        Identifier identifier = Identifier.derive(secp256k1, "node-a".getBytes(StandardCharsets.UTF_8));
        assertThat(Identifier.decode(secp256k1, identifier.encode())).isEqualTo(identifier);
    }

    @Test
    void compareTo_ordersByIntegerValue() {
        List<Identifier> identifiers = new ArrayList<>();
        for (int value : new int[] {256, 2, 1, 65535, 255}) {
            identifiers.add(Identifier.of(ed25519, value));
        }
        Collections.sort(identifiers);
        assertThat(identifiers.stream().map(id -> id.value().toBigInteger().intValue()))
                .containsExactly(1, 2, 255, 256, 65535);
    }

    @Test
    void derive_ed25519_isSha512OfContextIdAndInputModL() throws Exception {
        byte[] input = "alice@example.com".getBytes(StandardCharsets.UTF_8);
        MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
        sha512.update("FROST-ED25519-SHA512-v1id".getBytes(StandardCharsets.US_ASCII));
        byte[] digest = sha512.digest(input);
        byte[] bigEndian = new byte[digest.length];
        for (int i = 0; i < digest.length; i++) {
            bigEndian[i] = digest[digest.length - 1 - i];
        }
        BigInteger expected =
                new BigInteger(1, bigEndian).mod(ed25519.scalarField().order());

        assertThat(Identifier.derive(ed25519, input).value().toBigInteger()).isEqualTo(expected);
    }

    @Test
    void derive_sameInputSameIdentifier_differentInputDifferent() {
        for (Ciphersuite suite : Ciphersuites.all()) {
            Identifier first = Identifier.derive(suite, "username1".getBytes(StandardCharsets.UTF_8));
            Identifier again = Identifier.derive(suite, "username1".getBytes(StandardCharsets.UTF_8));
            Identifier other = Identifier.derive(suite, "username2".getBytes(StandardCharsets.UTF_8));
            assertThat(first).isEqualTo(again).isNotEqualTo(other);
        }
        assertThat(Identifier.derive(Ciphersuites.secp256k1(), new byte[] {1}))
                .isNotEqualTo(Identifier.derive(Ciphersuites.secp256k1Taproot(), new byte[] {1}));
    }
}
