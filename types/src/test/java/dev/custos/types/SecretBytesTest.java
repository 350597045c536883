package dev.custos.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretBytesTest {
    private static final byte[] KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

    @Test
    void toString_isRedacted() {
        SecretBytes secret = SecretBytes.copyOf(KEY);
        assertThat(secret.toString()).isEqualTo("SecretBytes[<redacted>]").doesNotContain("0102");
    }

    @Test
    void copyOf_isIndependentOfCallerArray() {
        byte[] input = KEY.clone();
        SecretBytes secret = SecretBytes.copyOf(input);
        input[0] = 42;
        assertThat(secret.copy()).isEqualTo(KEY);
        byte[] out = secret.copy();
        out[1] = 42;
        assertThat(secret.copy()).isEqualTo(KEY);
        assertThat(secret.length()).isEqualTo(KEY.length);
    }

    @Test
    void destroy_wipesAndBlocksUse() {
        SecretBytes secret = SecretBytes.copyOf(KEY);
        SecretBytes zeros = SecretBytes.copyOf(new byte[KEY.length]);
        secret.destroy();
        assertThat(secret.isDestroyed()).isTrue();
        assertThatThrownBy(secret::copy)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("destroyed");
        assertThatThrownBy(() -> secret.equalsSecret(zeros)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void destroy_overwritesStorage() throws Exception {
        SecretBytes secret = SecretBytes.copyOf(KEY);
        var field = SecretBytes.class.getDeclaredField("bytes");
        field.setAccessible(true);
        byte[] storage = (byte[]) field.get(secret);
        secret.destroy();
        assertThat(storage).containsOnly(0);
    }

    @Test
    void equalsSecret_comparesContent() {
        SecretBytes a = SecretBytes.copyOf(KEY);
        byte[] different = KEY.clone();
        different[15] ^= 1;
        assertThat(a.equalsSecret(SecretBytes.copyOf(KEY))).isTrue();
        assertThat(a.equalsSecret(SecretBytes.copyOf(different))).isFalse();
        assertThat(a.equalsSecret(SecretBytes.copyOf(new byte[3]))).isFalse();
        assertThat(a).isNotEqualTo(SecretBytes.copyOf(KEY));
    }
}
