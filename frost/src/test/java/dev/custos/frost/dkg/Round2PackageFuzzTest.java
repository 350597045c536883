package dev.custos.frost.dkg;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static dev.custos.frost.FuzzDecoding.sender;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;

/** Fuzzes {@link Round2Package#decode} (DKG round 2 private share): it decodes to the message that re-encodes to the input, or rejects. */
class Round2PackageFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalMessageOrTypedError(byte[] input) {
        for (Ciphersuite suite : Ciphersuites.all()) {
            decodeOrReject(() -> Round2Package.decode(suite, sender(suite), input))
                    .ifPresent(message -> assertThat(message.encode()).isEqualTo(input));
        }
    }
}
