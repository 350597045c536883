package dev.custos.frost.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.frost.TestVectors;
import org.junit.jupiter.api.Test;

class ExpandMessageXmdTest {
    @Test
    void sha256_rfc9380AppendixK1_matchesEveryVector() {
        JsonNode vectors = TestVectors.json("rfc9380/expand_message_xmd_SHA256_38.json");
        byte[] dst = vectors.get("DST").asText().getBytes(US_ASCII);
        int checked = 0;
        for (JsonNode test : vectors.get("tests")) {
            byte[] message = test.get("msg").asText().getBytes(US_ASCII);
            int length = Integer.decode(test.get("len_in_bytes").asText());
            byte[] uniform = ExpandMessageXmd.sha256(message, dst, length);
            assertThat(TestVectors.hex(uniform))
                    .isEqualTo(test.get("uniform_bytes").asText());
            checked++;
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void sha256_oversizeDst_throws() {
        assertThatThrownBy(() -> ExpandMessageXmd.sha256(new byte[0], new byte[256], 32))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sha256_outputLongerThan255Blocks_throws() {
        assertThatThrownBy(() -> ExpandMessageXmd.sha256(new byte[0], new byte[1], 255 * 32 + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpandMessageXmd.sha256(new byte[0], new byte[1], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sha256_prefixOfLongerOutput_isNotTheShorterOutput() {
        byte[] dst = "DST".getBytes(US_ASCII);
        byte[] short48 = ExpandMessageXmd.sha256(new byte[] {1}, dst, 48);
        byte[] long64 = ExpandMessageXmd.sha256(new byte[] {1}, dst, 64);
        assertThat(java.util.Arrays.copyOf(long64, 48)).isNotEqualTo(short48);
    }
}
