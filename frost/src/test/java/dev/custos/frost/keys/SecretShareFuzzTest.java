package dev.custos.frost.keys;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link SecretShare#deserialize} (a dealer's secret share) and the recipient's next step,
 * {@link SecretShare#verify}: a share that serializes to the input and verifies or fails with a typed error, or a
 * rejection.
 */
class SecretShareFuzzTest {
    @FuzzTest
    void deserialize_anyBytes_canonicalValueOrTypedError(byte[] input) {
        decodeOrReject(() -> SecretShare.deserialize(input)).ifPresent(share -> {
            assertThat(share.serialize()).isEqualTo(input);
            decodeOrReject(share::verify);
        });
    }
}
