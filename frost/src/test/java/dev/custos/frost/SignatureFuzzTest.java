package dev.custos.frost;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.frost.serialization.SignatureMessages;

/** Fuzzes {@link SignatureMessages#deserialize} (an aggregated signature message): it decodes to a value that serializes to the input, or rejects. */
class SignatureFuzzTest {
    @FuzzTest
    void deserialize_anyBytes_canonicalValueOrTypedError(byte[] input) {
        decodeOrReject(() -> SignatureMessages.deserialize(input))
                .ifPresent(
                        value -> assertThat(SignatureMessages.serialize(value)).isEqualTo(input));
    }
}
