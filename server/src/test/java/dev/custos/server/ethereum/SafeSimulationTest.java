package dev.custos.server.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SafeSimulationTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String word(long value) {
        return String.format("%064x", value);
    }

    @Test
    void read_theAccessorsAnswer_givesGasSuccessAndReturnData() throws Exception {
        // abi.encode(uint256 12345, bool false, bytes 0xdeadbeef)
        String returned = word(12345) + word(0) + word(0x60) + word(4) + "deadbeef" + "0".repeat(56);
        byte[] revertData = HEX.parseHex(word(1) + word(returned.length() / 2) + returned);

        SafeSimulation.Outcome outcome = SafeSimulation.read(revertData);

        assertThat(outcome.accessorRan()).isTrue();
        assertThat(outcome.gasEstimate()).isEqualTo(BigInteger.valueOf(12345));
        assertThat(outcome.success()).isFalse();
        assertThat(HEX.formatHex(outcome.returnData())).isEqualTo("deadbeef");
    }

    @Test
    void read_aFailedDelegatecall_isTheAccessorsRevert() throws Exception {
        SafeSimulation.Outcome outcome = SafeSimulation.read(HEX.parseHex(word(0) + word(2) + "abcd"));

        assertThat(outcome.accessorRan()).isFalse();
        assertThat(HEX.formatHex(outcome.returnData())).isEqualTo("abcd");
    }

    @Test
    void read_malformedAnswers_areRefusedNamingWhat() {
        assertThatThrownBy(() -> SafeSimulation.read(new byte[10]))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("10 bytes, not at least 64");
        assertThatThrownBy(() -> SafeSimulation.read(HEX.parseHex(word(1) + word(200))))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("returned length 200 exceeds");
        String lying = word(1) + word(0) + word(0x60) + word(99);
        assertThatThrownBy(() -> SafeSimulation.read(HEX.parseHex(word(1) + word(lying.length() / 2) + lying)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("return data length 99 exceeds");
    }

    @Test
    void canonicalAccessors_areKnownFor130And141Only() throws Exception {
        assertThat(SafeSimulation.canonicalAccessor(SafeVersion.parse("1.3.0"))
                        .orElseThrow()
                        .toChecksumHex())
                .isEqualTo("0x59AD6735bCd8152B84860Cb256dD9e96b85F69Da");
        assertThat(SafeSimulation.canonicalAccessor(SafeVersion.parse("1.4.1"))
                        .orElseThrow()
                        .toChecksumHex())
                .isEqualTo("0x3d4BA2E0884aa488718476ca2FB8Efc291A46199");
        assertThat(SafeSimulation.canonicalAccessor(SafeVersion.parse("1.1.1"))).isEmpty();
    }
}
