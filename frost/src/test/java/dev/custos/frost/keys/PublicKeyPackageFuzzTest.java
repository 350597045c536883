package dev.custos.frost.keys;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link PublicKeyPackage#deserialize} (the public key package): it decodes to a value that serializes to the input, or rejects. */
class PublicKeyPackageFuzzTest {
    @FuzzTest
    void deserialize_anyBytes_canonicalValueOrTypedError(byte[] input) {
        decodeOrReject(() -> PublicKeyPackage.deserialize(input))
                .ifPresent(value -> assertThat(value.serialize()).isEqualTo(input));
    }
}
