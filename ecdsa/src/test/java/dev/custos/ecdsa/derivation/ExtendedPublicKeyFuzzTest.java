package dev.custos.ecdsa.derivation;

import static dev.custos.ecdsa.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Fuzzes {@link ExtendedPublicKey#parse} (an xpub a user pastes): the key's own Base58Check text, or a rejection. */
class ExtendedPublicKeyFuzzTest {
    @FuzzTest
    void parse_anyText_canonicalXpubOrTypedError(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        decodeOrReject(() -> ExtendedPublicKey.parse(text))
                .ifPresent(key -> assertThat(key.encode()).isEqualTo(text));
    }
}
