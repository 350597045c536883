package dev.custos.ecdsa.signature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.ecdsa.Secp256k1;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EthereumAddressTest {
    @Test
    void checksum_eip55Examples() {
        for (String address : List.of(
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
                "0x52908400098527886E0F7030069857D2E4169EE7",
                "0xde709f2102306220921060314715629080e2fb77")) {
            assertThat(EthereumAddress.checksum(address.toLowerCase(Locale.ROOT)))
                    .isEqualTo(address);
        }
    }

    @Test
    void of_privateKeyOne_isTheWellKnownAddress() {
        // the address of secret key 1 (public key = G), widely published
        assertThat(EthereumAddress.checksummed(Secp256k1.GROUP.generator()))
                .isEqualTo("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
    }
}
