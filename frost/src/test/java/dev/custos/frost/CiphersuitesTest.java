package dev.custos.frost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import org.junit.jupiter.api.Test;

class CiphersuitesTest {
    @Test
    void byName_knownNames_returnSuitesWithRfcContextStrings() {
        assertThat(Ciphersuites.byName("ed25519").contextString()).isEqualTo("FROST-ED25519-SHA512-v1");
        assertThat(Ciphersuites.byName("secp256k1").contextString()).isEqualTo("FROST-secp256k1-SHA256-v1");
        assertThat(Ciphersuites.byName(" SECP256K1-TR ").contextString()).isEqualTo("FROST-secp256k1-SHA256-TR-v1");
    }

    @Test
    void byName_unknown_throwsListingChoices() {
        assertThatThrownBy(() -> Ciphersuites.byName("p256"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ed25519, secp256k1, secp256k1-tr");
    }

    @Test
    void byId_everySuite_roundTripsAndIdsAreDistinct() {
        for (Ciphersuite suite : Ciphersuites.all()) {
            assertThat(Ciphersuites.byId(suite.id())).isSameAs(suite);
        }
        assertThatThrownBy(() -> Ciphersuites.byId(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lengths_matchTheExternalFormats() {
        assertThat(Ciphersuites.ed25519().signatureLength()).isEqualTo(64);
        assertThat(Ciphersuites.ed25519().publicKeyLength()).isEqualTo(32);
        assertThat(Ciphersuites.secp256k1().signatureLength()).isEqualTo(65);
        assertThat(Ciphersuites.secp256k1().publicKeyLength()).isEqualTo(33);
        assertThat(Ciphersuites.secp256k1Taproot().signatureLength()).isEqualTo(64);
        assertThat(Ciphersuites.secp256k1Taproot().publicKeyLength()).isEqualTo(32);
    }

    @Test
    void decodeSignature_wrongLength_throws() {
        for (Ciphersuite suite : Ciphersuites.all()) {
            assertThatThrownBy(() -> suite.decodeSignature(new byte[suite.signatureLength() - 1]))
                    .isInstanceOf(InvalidEncodingException.class);
            assertThatThrownBy(() -> suite.decodeSignature(new byte[suite.signatureLength() + 1]))
                    .isInstanceOf(InvalidEncodingException.class);
        }
    }
}
