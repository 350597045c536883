package dev.custos.policy.approval.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TransferTextTest {
    @Test
    void fingerprint_isEveryDigestByteInGroupsOfFourHexDigits() {
        byte[] digest = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1eff");
        assertThat(TransferText.fingerprint(digest))
                .isEqualTo("0001 0203 0405 0607 0809 0a0b 0c0d 0e0f 1011 1213 1415 1617 1819 1a1b 1c1d 1eff");
        assertThatThrownBy(() -> TransferText.fingerprint(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes, not 31");
    }
}
