package dev.custos.chain.safe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiSendDecoderTest {
    private static final Address TO =
            Address.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});

    @Test
    void encodeThenDecode_roundTrips() throws Exception {
        List<MultiSendTransaction> batch = List.of(
                new MultiSendTransaction(Operation.CALL, TO, BigInteger.TEN, new byte[] {1, 2, 3}),
                new MultiSendTransaction(Operation.DELEGATECALL, TO, BigInteger.ZERO, new byte[0]));

        assertThat(MultiSendDecoder.decode(MultiSendDecoder.encode(batch))).isEqualTo(batch);
    }

    @Test
    void decode_empty_isAnEmptyBatch() throws Exception {
        assertThat(MultiSendDecoder.decode(new byte[0])).isEmpty();
    }

    @Test
    void decode_truncatedHeader_isRejected() {
        byte[] packed = MultiSendDecoder.encode(
                List.of(new MultiSendTransaction(Operation.CALL, TO, BigInteger.ONE, new byte[0])));
        assertThatThrownBy(() -> MultiSendDecoder.decode(Arrays.copyOf(packed, 84)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void decode_dataLengthPastTheEnd_isRejected() {
        byte[] packed = MultiSendDecoder.encode(
                List.of(new MultiSendTransaction(Operation.CALL, TO, BigInteger.ONE, new byte[] {9})));
        packed[84] = 2;
        assertThatThrownBy(() -> MultiSendDecoder.decode(packed))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("runs past the end")
                .hasMessageContaining("at byte 53");
    }

    @Test
    void decode_unknownOperation_isRejected() {
        byte[] packed = MultiSendDecoder.encode(
                List.of(new MultiSendTransaction(Operation.CALL, TO, BigInteger.ONE, new byte[0])));
        packed[0] = 2;
        assertThatThrownBy(() -> MultiSendDecoder.decode(packed))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("operation must be 0 (call) or 1 (delegatecall)");
    }
}
