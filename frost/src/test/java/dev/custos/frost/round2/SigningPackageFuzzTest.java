package dev.custos.frost.round2;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link SigningPackage#deserialize} (the coordinator's signing package): it decodes to a value that serializes to the input, or rejects. */
class SigningPackageFuzzTest {
    @FuzzTest
    void deserialize_anyBytes_canonicalValueOrTypedError(byte[] input) {
        decodeOrReject(() -> SigningPackage.deserialize(input))
                .ifPresent(value -> assertThat(value.serialize()).isEqualTo(input));
    }
}
