package dev.custos.chain.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.Hex;
import org.junit.jupiter.api.Test;

class RevertReasonTest {
    @Test
    void errorString_isQuoted() throws Exception {
        // Error("GS013")
        byte[] data = Hex.decode("0x08c379a0"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "0000000000000000000000000000000000000000000000000000000000000005"
                + "4753303133000000000000000000000000000000000000000000000000000000");

        assertThat(RevertReason.describe(data)).isEqualTo("reverted: \"GS013\"");
    }

    @Test
    void panic_showsItsCode() throws Exception {
        byte[] data = Hex.decode("0x4e487b71" + "0000000000000000000000000000000000000000000000000000000000000011");

        assertThat(RevertReason.describe(data)).isEqualTo("panicked with code 0x11");
    }

    @Test
    void noData_andACustomError_andAnErrorWhoseLengthLies() throws Exception {
        assertThat(RevertReason.describe(new byte[0])).isEqualTo("reverted without a reason");
        assertThat(RevertReason.describe(Hex.decode("0xdeadbeef"))).isEqualTo("reverted with data 0xdeadbeef");
        byte[] lying = Hex.decode("0x08c379a0"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "00000000000000000000000000000000000000000000000000000000000000ff"
                + "4753303133000000000000000000000000000000000000000000000000000000");
        assertThat(RevertReason.describe(lying)).startsWith("reverted with data 0x08c379a0");
    }
}
