package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TaprootAddressTest {
    // BIP86 test vectors, account 0, first receiving address m/86'/0'/0'/0/0 (bitcoin/bips, bip-0086.mediawiki)
    private static final byte[] INTERNAL_KEY =
            HexFormat.of().parseHex("cc8a4bc64d897bddc5fbc2f670f7a8ba0b386779106cf1223c6fc5d7cd6fc115");

    @Test
    void of_bip86FirstReceivingKey_isTheVectorsAddress() {
        assertThat(TaprootAddress.of(INTERNAL_KEY, Network.MAINNET))
                .isEqualTo("bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr");
    }

    @Test
    void of_testnet_usesItsPrefix() {
        assertThat(TaprootAddress.of(INTERNAL_KEY, Network.TESTNET)).startsWith("tb1p");
        assertThat(TaprootAddress.of(INTERNAL_KEY, Network.REGTEST)).startsWith("bcrt1p");
    }

    @Test
    void of_keyNotOnTheCurveOrWrongLength_isRefused() {
        byte[] notOnCurve = new byte[32];
        notOnCurve[31] = 5; // x = 5: x^3 + 7 = 132 is not a square mod p
        assertThatThrownBy(() -> TaprootAddress.of(notOnCurve, Network.MAINNET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the x coordinate");
        assertThatThrownBy(() -> TaprootAddress.of(new byte[33], Network.MAINNET))
                .hasMessage("an x-only key is 32 bytes, got 33");
    }
}
