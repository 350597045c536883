package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class Base58CheckTest {
    /** Hash160 of the public key paid by the genesis block's coinbase (public chain data), and its address. */
    private static final byte[] GENESIS_HASH160 = HexFormat.of().parseHex("62e907b15cbf27d5425399ebf6f0fb50ebb88f18");

    private static final String GENESIS_ADDRESS = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";

    /** An entry of the BIP's invalid extended keys: the key, then the reason in parentheses. */
    private static final Pattern INVALID_ENTRY = Pattern.compile("^(\\S+) \\((.*)\\)$");

    @Test
    void encode_versionAndPayload_isTheLegacyAddress() {
        assertThat(Base58Check.encode(0x00, GENESIS_HASH160)).isEqualTo(GENESIS_ADDRESS);
        byte[] decoded = Base58Check.decode(GENESIS_ADDRESS).orElseThrow();
        assertThat(decoded[0]).isZero();
        assertThat(Arrays.copyOfRange(decoded, 1, decoded.length)).isEqualTo(GENESIS_HASH160);
    }

    @Test
    void decode_encode_roundTripEveryBip32ExtendedKey() throws IOException {
        int checked = 0;
        for (JsonNode vector : bip32Vectors()) {
            for (JsonNode chain : vector.get("chains")) {
                for (String field : new String[] {"ext_pub", "ext_prv"}) {
                    String key = chain.get(field).asText();
                    byte[] data = Base58Check.decode(key).orElseThrow(() -> new AssertionError(key));
                    assertThat(data).as(key).hasSize(78);
                    assertThat(Base58Check.encode(data)).isEqualTo(key);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(34);
    }

    @Test
    void decode_invalidBip32Keys_failOnlyWhereTheChecksumIsWrong() throws IOException {
        int checked = 0;
        for (JsonNode vector : bip32Vectors()) {
            for (JsonNode invalid : vector.path("invalid")) {
                Matcher entry = INVALID_ENTRY.matcher(invalid.asText());
                if (!entry.matches()) {
                    continue; // the vector file also holds the BIP's closing text
                }
                boolean badChecksum = entry.group(2).equals("invalid checksum");
                assertThat(Base58Check.decode(entry.group(1)).isEmpty())
                        .as(invalid.asText())
                        .isEqualTo(badChecksum);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(16);
    }

    @Test
    void decode_wrongChecksumOrNotBase58_isEmpty() {
        String changed = GENESIS_ADDRESS.substring(0, 33) + (GENESIS_ADDRESS.charAt(33) == 'a' ? 'b' : 'a');
        assertThat(Base58Check.decode(changed)).isEmpty();
        assertThat(Base58Check.decode("1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a"))
                .as("0 is not Base58")
                .isEmpty();
        assertThat(Base58Check.decode("1")).as("shorter than a checksum").isEmpty();
        assertThat(Base58Check.decode("")).isEmpty();
    }

    @Test
    void encode_leadingZeroBytes_becomeOnes() {
        String encoded = Base58Check.encode(new byte[] {0, 0, 1});

        assertThat(encoded).startsWith("11").doesNotStartWith("111");
        assertThat(Base58Check.decode(encoded)).hasValue(new byte[] {0, 0, 1});
    }

    @Test
    void encode_versionOutOfRange_throws() {
        assertThatThrownBy(() -> Base58Check.encode(256, new byte[20])).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode bip32Vectors() throws IOException {
        try (InputStream in = Base58CheckTest.class.getResourceAsStream("/vectors/bip32/bip32-test-vectors.json")) {
            return new ObjectMapper().readTree(in).get("vectors");
        }
    }
}
