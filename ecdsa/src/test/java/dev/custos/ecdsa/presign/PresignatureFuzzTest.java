package dev.custos.ecdsa.presign;

import static dev.custos.ecdsa.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Presignature#fromSecretBytes} (what a presignature store loads): a presignature whose encoding is the
 * input, or a typed rejection.
 */
class PresignatureFuzzTest {
    @FuzzTest
    void fromSecretBytes_anyBytes_canonicalPresignatureOrTypedError(byte[] input) {
        decodeOrReject(() -> Presignature.fromSecretBytes(input))
                .ifPresent(
                        presignature -> assertThat(presignature.toSecretBytes()).isEqualTo(input));
    }
}
