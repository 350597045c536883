package dev.custos.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HexTest {
    @Test
    void decode_withAndWithoutPrefix_givesSameBytes() throws Exception {
        assertThat(Hex.decode("0x00ff10")).containsExactly(0x00, 0xff, 0x10);
        assertThat(Hex.decode("00FF10")).containsExactly(0x00, 0xff, 0x10);
        assertThat(Hex.decode("0x")).isEmpty();
    }

    @Test
    void decode_oddDigits_throws() {
        assertThatThrownBy(() -> Hex.decode("0xabc"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("odd number of digits");
    }

    @Test
    void decode_nonHexCharacter_namesPosition() {
        assertThatThrownBy(() -> Hex.decode("0x0g"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("'g'")
                .hasMessageContaining("at byte 3");
    }

    @Test
    void decode_unicodeDigit_throws() {
        assertThatThrownBy(() -> Hex.decode("\uff10\uff10")).isInstanceOf(DecodingException.class);
    }

    @Test
    void encode_roundTrips() throws Exception {
        byte[] bytes = {1, 2, (byte) 0xab, (byte) 0xcd};
        assertThat(Hex.encode(bytes)).isEqualTo("0x0102abcd");
        assertThat(Hex.decode(Hex.encode(bytes))).isEqualTo(bytes);
    }
}
