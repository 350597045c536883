package dev.custos.watch.decode;

import static dev.custos.watch.decode.Logs.address;
import static dev.custos.watch.decode.Logs.log;
import static dev.custos.watch.decode.Logs.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutflowDecoderTest {
    private static final Address WALLET = address(0x77);
    private static final Address STRANGER = address(0x66);

    @Test
    void erc20TransferFromAWallet_isAnOutflow() throws Exception {
        Outflow outflow = OutflowDecoder.decode(
                        log(EventTopics.TRANSFER, List.of(word(WALLET), word(STRANGER)), word(250)), Set.of(WALLET))
                .orElseThrow();

        assertThat(outflow.wallet()).isEqualTo(WALLET);
        assertThat(outflow.to()).isEqualTo(STRANGER);
        assertThat(outflow.token()).contains(Logs.CONTRACT);
        assertThat(outflow.amount()).isEqualTo(BigInteger.valueOf(250));
    }

    @Test
    void transfersIntoTheWalletAndNftTransfers_areNot() throws Exception {
        assertThat(OutflowDecoder.decode(
                        log(EventTopics.TRANSFER, List.of(word(STRANGER), word(WALLET)), word(5)), Set.of(WALLET)))
                .isEmpty();
        assertThat(OutflowDecoder.decode(
                        log(EventTopics.TRANSFER, List.of(word(WALLET), word(STRANGER), word(17))), Set.of(WALLET)))
                .isEmpty();
    }

    @Test
    void malformedTransfers_areRefused() {
        assertThatThrownBy(() -> OutflowDecoder.decode(
                        log(EventTopics.TRANSFER, List.of(word(WALLET), word(STRANGER))), Set.of(WALLET)))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("Transfer")
                .hasMessageContaining("0 data bytes, not 32");
        assertThatThrownBy(() -> OutflowDecoder.decode(
                        log(EventTopics.TRANSFER, List.of(Logs.dirtyAddressWord(WALLET), word(STRANGER)), word(1)),
                        Set.of(WALLET)))
                .isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("from is not an address");
    }
}
