package dev.custos.chain.bitcoin;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link PsbtParser#parse(byte[])} (a PSBT to sign) and {@link PsbtDecoder#decode} on what it accepts: an intent
 * for each network that renders as JSON, or a {@link dev.custos.chain.DecodingException} at either step.
 */
class PsbtParserFuzzTest {
    @FuzzTest
    void parse_anyBytes_decodablePsbtOrDecodingException(byte[] input) {
        decodeOrReject(() -> PsbtParser.parse(input)).ifPresent(psbt -> {
            for (Network network : Network.values()) {
                decodeOrReject(() -> PsbtDecoder.decode(psbt, network))
                        .ifPresent(intent ->
                                assertThat(BitcoinIntentJson.toJson(intent)).isNotNull());
            }
        });
    }
}
