package dev.custos.chain.rlp;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

class RlpDecoderFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalItemOrDecodingException(byte[] input) {
        decodeOrReject(() -> RlpDecoder.decode(input))
                .ifPresent(item -> assertThat(RlpEncoder.encode(item)).isEqualTo(input));
    }
}
