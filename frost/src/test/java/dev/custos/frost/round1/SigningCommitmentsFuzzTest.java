package dev.custos.frost.round1;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link SigningCommitments#deserialize} (signing round 1 commitments): it decodes to a value that serializes to the input, or rejects. */
class SigningCommitmentsFuzzTest {
    @FuzzTest
    void deserialize_anyBytes_canonicalValueOrTypedError(byte[] input) {
        decodeOrReject(() -> SigningCommitments.deserialize(input))
                .ifPresent(value -> assertThat(value.serialize()).isEqualTo(input));
    }
}
