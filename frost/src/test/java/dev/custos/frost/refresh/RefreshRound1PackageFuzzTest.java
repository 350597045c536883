package dev.custos.frost.refresh;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static dev.custos.frost.FuzzDecoding.sender;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;

/** Fuzzes {@link RefreshRound1Package#decode} (refresh round 1 broadcast): it decodes to the message that re-encodes to the input, or rejects. */
class RefreshRound1PackageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        for (Ciphersuite suite : Ciphersuites.all()) {
            decodeOrReject(() -> RefreshRound1Package.decode(suite, sender(suite), input))
                    .ifPresent(message -> assertThat(message.encode()).isEqualTo(input));
        }
    }
}
