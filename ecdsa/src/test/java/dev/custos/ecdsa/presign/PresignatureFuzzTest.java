package dev.custos.ecdsa.presign;

import static dev.custos.ecdsa.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Presignature#fromSecretBytes} (what a presignature store loads): a presignature or a typed rejection.
 * The signer list may be written in any order, so the check is that re-encoding is stable rather than byte-equal.
 */
class PresignatureFuzzTest {
    @FuzzTest
    void fromSecretBytes_anyBytes_stablePresignatureOrTypedError(byte[] input) {
        decodeOrReject(() -> Presignature.fromSecretBytes(input)).ifPresent(presignature -> {
            byte[] encoded = presignature.toSecretBytes();
            assertThat(decodeOrReject(() -> Presignature.fromSecretBytes(encoded)))
                    .hasValueSatisfying(
                            again -> assertThat(again.toSecretBytes()).isEqualTo(encoded));
        });
    }
}
