package dev.custos.frost.repair;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static dev.custos.frost.FuzzDecoding.sender;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;

/** Fuzzes {@link RepairDeltaCommitments#decode} (repair delta commitments): it decodes to the message that re-encodes to the input, or rejects. */
class RepairDeltaCommitmentsFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        for (Ciphersuite suite : Ciphersuites.all()) {
            decodeOrReject(() -> RepairDeltaCommitments.decode(suite, sender(suite), input))
                    .ifPresent(message -> assertThat(message.encode()).isEqualTo(input));
        }
    }
}
