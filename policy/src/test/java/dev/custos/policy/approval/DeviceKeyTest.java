package dev.custos.policy.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class DeviceKeyTest {
    private static final byte[] MESSAGE = new byte[32];

    @Test
    void sign_verifiesUnderThePublicKey_andNotUnderAnother() {
        DeviceKey key = DeviceKey.generate(new SecureRandom());
        DeviceKey other = DeviceKey.generate(new SecureRandom());
        byte[] signature = key.sign(MESSAGE);

        assertThat(Ed25519Verification.verify(key.publicKey(), MESSAGE, signature))
                .isTrue();
        assertThat(Ed25519Verification.verify(other.publicKey(), MESSAGE, signature))
                .isFalse();
    }

    @Test
    void toString_isRedacted_andEqualityIsIdentity() {
        DeviceKey key = DeviceKey.generate(new SecureRandom());

        assertThat(key).hasToString("DeviceKey[redacted]");
        assertThat(key).isNotEqualTo(DeviceKey.generate(new SecureRandom()));
    }

    @Test
    void destroy_makesItUnusable() {
        DeviceKey key = DeviceKey.generate(new SecureRandom());
        key.destroy();

        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(() -> key.sign(MESSAGE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("device key is destroyed");
        assertThatThrownBy(key::publicKey).isInstanceOf(IllegalStateException.class);
    }
}
