package dev.custos.audit.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Verifier keys (vkeys) against the Go reference implementation's vectors and its mangling test, and the eight
 * small-order edwards25519 points of the crypto module's vectors (crypto/src/test/resources/vectors/ed25519).
 */
class NoteVerifierKeyTest {
    private static final String PETER = NoteVectors.golang().path("peter_vkey").asText();

    @Test
    void parse_goVectorKeys_roundTrip() throws NoteException {
        for (String vkey : new String[] {
            PETER,
            NoteVectors.golang().path("enoch_vkey").asText(),
            NoteVectors.c2spExample().path("vkey").asText(),
            NoteVectors.checkpoints().path("sum_golang_org").path("vkey").asText()
        }) {
            NoteVerifierKey key = NoteVerifierKey.parse(vkey);

            assertThat(key.encode()).isEqualTo(vkey);
            assertThat(NoteVerifierKey.of(key.name(), key.publicKey())).isEqualTo(key);
        }
    }

    @Test
    void parse_peterKey_hasNameAndKeyId() throws NoteException {
        NoteVerifierKey key = NoteVerifierKey.parse(PETER);

        assertThat(key.name()).isEqualTo("PeterNeumann");
        assertThat(key.keyId()).isEqualTo(0xc74f20a3);
    }

    @Test
    void parse_everySubstringAndEveryIncrementedCharacter_throwsMalformedKey() {
        byte[] bytes = PETER.getBytes();
        for (int i = 0; i <= bytes.length; i++) {
            for (int j = i + 1; j <= bytes.length; j++) {
                if (i != 0 || j != bytes.length) {
                    assertMalformed(PETER.substring(i, j));
                }
            }
        }
        for (int i = 0; i < bytes.length; i++) {
            bytes[i]++;
            assertMalformed(new String(bytes));
            bytes[i]--;
        }
    }

    @Test
    void parse_goBadKeysWithMatchingKeyIds_throwMalformedKey() {
        NoteVectors.golang().path("bad_vkeys").forEach(vkey -> assertMalformed(vkey.asText()));
    }

    @Test
    void parse_smallOrderPublicKeys_throwMalformedKey() throws IOException {
        JsonNode points;
        try (InputStream in = getClass().getResourceAsStream("/vectors/ed25519/small-order-points.json")) {
            points = new ObjectMapper().readTree(in).path("points");
        }
        assertThat(points).hasSize(8);
        for (JsonNode point : points) {
            byte[] publicKey = HexFormat.of().parseHex(point.path("encoding").asText());
            byte[] typed = new byte[33];
            typed[0] = 0x01;
            System.arraycopy(publicKey, 0, typed, 1, 32);
            String name = "order-" + point.path("order").asInt();
            String vkey = name + "+" + NoteVerifierKey.hex(Ed25519Keys.keyId(name, publicKey)) + "+"
                    + Base64.getEncoder().encodeToString(typed);

            assertMalformed(vkey);
            assertThatThrownBy(() -> NoteVerifierKey.of(name, publicKey))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a valid Ed25519 key");
        }
    }

    @Test
    void parse_uppercaseKeyId_throwsMalformedKey() {
        assertMalformed(PETER.replace("c74f20a3", "C74F20A3"));
    }

    @Test
    void construct_keyIdOfAnotherKey_throwsIllegalArgument() throws NoteException {
        NoteVerifierKey key = NoteVerifierKey.parse(PETER);

        assertThatThrownBy(() -> new NoteVerifierKey("Peter", key.keyId(), key.publicKey()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
    }

    private static void assertMalformed(String vkey) {
        assertThatThrownBy(() -> NoteVerifierKey.parse(vkey))
                .as(vkey)
                .isInstanceOf(NoteException.class)
                .satisfies(e -> assertThat(((NoteException) e).code()).isEqualTo(NoteErrorCode.MALFORMED_KEY));
    }
}
