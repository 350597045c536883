package dev.custos.chain.safe;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link MultiSendDecoder#decode} (a Safe batch): entries that re-encode to the input, or a rejection. */
class MultiSendDecoderFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalBatchOrDecodingException(byte[] input) {
        decodeOrReject(() -> MultiSendDecoder.decode(input))
                .ifPresent(batch -> assertThat(MultiSendDecoder.encode(batch)).isEqualTo(input));
    }
}
