package dev.custos.crypto.group.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Secp256k1BackendTest {
    @Test
    void fromPropertyValue_knownValues_parse() {
        assertThat(Secp256k1Backend.fromPropertyValue("bc")).isEqualTo(Secp256k1Backend.BOUNCY_CASTLE);
        assertThat(Secp256k1Backend.fromPropertyValue("native")).isEqualTo(Secp256k1Backend.LIBSECP256K1);
        assertThat(Secp256k1Backend.fromPropertyValue(" AUTO ")).isEqualTo(Secp256k1Backend.AUTO);
        assertThat(Secp256k1Backend.fromPropertyValue(null)).isEqualTo(Secp256k1Backend.AUTO);
        assertThat(Secp256k1Backend.fromPropertyValue("")).isEqualTo(Secp256k1Backend.AUTO);
    }

    @Test
    void fromPropertyValue_unknownValue_throws() {
        assertThatThrownBy(() -> Secp256k1Backend.fromPropertyValue("openssl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Secp256k1Backend.PROPERTY)
                .hasMessageContaining("openssl");
    }

    @Test
    void withBackend_auto_resolvesToNativeWhenItLoads() {
        Secp256k1Backend expected =
                Secp256k1Group.isNativeAvailable() ? Secp256k1Backend.LIBSECP256K1 : Secp256k1Backend.BOUNCY_CASTLE;

        assertThat(Secp256k1Group.withBackend(Secp256k1Backend.AUTO).backend()).isEqualTo(expected);
        assertThat(Secp256k1Group.withBackend(Secp256k1Backend.AUTO)).isSameAs(Secp256k1Group.withBackend(expected));
        assertThat(Secp256k1Group.withBackend(Secp256k1Backend.BOUNCY_CASTLE).backend())
                .isEqualTo(Secp256k1Backend.BOUNCY_CASTLE);
    }

    @Test
    void instance_usesConfiguredBackend() {
        Secp256k1Backend configured = Secp256k1Backend.fromPropertyValue(System.getProperty(Secp256k1Backend.PROPERTY));

        assertThat(Secp256k1Group.instance()).isSameAs(Secp256k1Group.withBackend(configured));
    }

    @Test
    void withBackend_native_loadsOnThisPlatformOrThrows() {
        if (Secp256k1Group.isNativeAvailable()) {
            assertThat(Secp256k1Group.withBackend(Secp256k1Backend.LIBSECP256K1).backend())
                    .isEqualTo(Secp256k1Backend.LIBSECP256K1);
        } else {
            assertThatThrownBy(() -> Secp256k1Group.withBackend(Secp256k1Backend.LIBSECP256K1))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
