package dev.custos.chain.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {
    /** Examples from the EIP-55 text. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "0x52908400098527886E0F7030069857D2E4169EE7",
                "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                "0xde709f2102306220921060314715629080e2fb77",
                "0x27b1fdb04752bbc536007a920d24acb045561c26",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
            })
    void toChecksumHex_eip55Examples(String checksummed) throws Exception {
        Address address = Address.fromHex("0x" + checksummed.substring(2).toLowerCase(Locale.ROOT));
        assertThat(address.toChecksumHex()).isEqualTo(checksummed);
        assertThat(Address.fromHex(checksummed)).isEqualTo(address);
    }

    @Test
    void fromHex_mixedCaseWithWrongChecksum_isRejected() {
        assertThatThrownBy(() -> Address.fromHex("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("EIP-55 checksum");
    }

    @Test
    void fromHex_wrongLength_isRejected() {
        assertThatThrownBy(() -> Address.fromHex("0x1234")).isInstanceOf(DecodingException.class);
        assertThatThrownBy(() -> Address.fromHex("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
                .isInstanceOf(DecodingException.class);
    }

    @Test
    void keccak_emptyInput_matchesKnownValue() {
        assertThat(Hex.encode(Keccak256.hash(new byte[0])))
                .isEqualTo("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    }
}
