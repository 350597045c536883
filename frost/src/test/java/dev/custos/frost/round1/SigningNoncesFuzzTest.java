package dev.custos.frost.round1;

import static dev.custos.frost.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.frost.FrostException;
import java.util.Optional;

/** Fuzzes {@link SigningNonces#deserialize} (a signer's stored round 1 nonces): canonical nonces, or rejects. */
class SigningNoncesFuzzTest {
    @FuzzTest
    void deserialize_anyBytes_canonicalValueOrTypedError(byte[] input) throws FrostException {
        Optional<SigningNonces> nonces = decodeOrReject(() -> SigningNonces.deserialize(input));
        if (nonces.isPresent()) {
            assertThat(nonces.get().serialize()).isEqualTo(input);
        }
    }
}
