package dev.custos.frost;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.frost.keys.SigningShare;
import dev.custos.frost.keys.VerifyingShare;

/**
 * Fuzzes the fixed-length encodings that users and peers hand over outside the framed messages: identifiers,
 * signatures and public keys in each suite's own form, signing and verifying shares. Each decodes to a value that
 * re-encodes to the input, or rejects.
 */
class FixedEncodingsFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalValueOrTypedError(byte[] input) {
        for (Ciphersuite suite : Ciphersuites.all()) {
            decodeOrReject(() -> Identifier.decode(suite, input))
                    .ifPresent(value -> assertThat(value.encode()).isEqualTo(input));
            decodeOrReject(() -> Signature.decode(suite, input))
                    .ifPresent(value -> assertThat(value.encode()).isEqualTo(input));
            decodeOrReject(() -> suite.decodeSignature(input))
                    .ifPresent(value -> assertThat(value.encode()).isEqualTo(input));
            decodeOrReject(() -> suite.decodePublicKey(input))
                    .ifPresent(value -> assertThat(value.publicKeyBytes()).isEqualTo(input));
            decodeOrReject(() -> SigningShare.decode(suite, input))
                    .ifPresent(value -> assertThat(value.toBytes()).isEqualTo(input));
            decodeOrReject(() -> VerifyingShare.decode(suite, input))
                    .ifPresent(value -> assertThat(value.encode()).isEqualTo(input));
            decodeOrReject(() -> VerifyingKey.decode(suite, input))
                    .ifPresent(value -> assertThat(value.encode()).isEqualTo(input));
        }
    }
}
