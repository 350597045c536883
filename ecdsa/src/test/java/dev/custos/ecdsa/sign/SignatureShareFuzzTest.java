package dev.custos.ecdsa.sign;

import static dev.custos.ecdsa.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes {@link SignatureShare#decode} (a signer's last-round share): its canonical encoding, or a typed rejection. */
class SignatureShareFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalShareOrTypedError(byte[] input) {
        decodeOrReject(() -> SignatureShare.decode(input))
                .ifPresent(share -> assertThat(share.encode()).isEqualTo(input));
    }
}
