package dev.custos.frost.reshare;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static dev.custos.frost.FuzzDecoding.sender;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;

/** Fuzzes {@link ReshareSubShare#decode} (reshare sub-share): it decodes to the message that re-encodes to the input, or rejects. */
class ReshareSubShareFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        for (Ciphersuite suite : Ciphersuites.all()) {
            decodeOrReject(() -> ReshareSubShare.decode(suite, sender(suite), input))
                    .ifPresent(message -> assertThat(message.encode()).isEqualTo(input));
        }
    }
}
