package dev.custos.ecdsa.keys;

import static dev.custos.ecdsa.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link KeyShareEncoding#decodeSecret} (a stored key share): a key share or a typed rejection. The parties may
 * be written in any order, so the check is that re-encoding is stable rather than byte-equal.
 */
class KeyShareEncodingFuzzTest {
    @FuzzTest
    void decodeSecret_anyBytes_stableKeyShareOrTypedError(byte[] input) {
        decodeOrReject(() -> KeyShareEncoding.decodeSecret(input)).ifPresent(key -> {
            byte[] encoded = KeyShareEncoding.encodeSecret(key);
            assertThat(decodeOrReject(() -> KeyShareEncoding.decodeSecret(encoded)))
                    .hasValueSatisfying(again ->
                            assertThat(KeyShareEncoding.encodeSecret(again)).isEqualTo(encoded));
        });
    }
}
