package dev.custos.crypto.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretScalarTest {
    private static final ScalarField FIELD = ScalarField.SECP256K1;
    private static final BigInteger VALUE = new BigInteger("1234567890abcdef1234567890abcdef", 16);

    @Test
    void toString_isRedacted() {
        SecretScalar secret = SecretScalar.of(FIELD.of(VALUE));
        assertThat(secret.toString())
                .isEqualTo("SecretScalar[<redacted>]")
                .doesNotContain(VALUE.toString(16))
                .doesNotContain(VALUE.toString());
    }

    @Test
    void destroy_wipesOwnedScalar() {
        Scalar scalar = FIELD.of(VALUE);
        SecretScalar secret = SecretScalar.of(scalar);
        assertThat(secret.isDestroyed()).isFalse();
        secret.destroy();
        assertThat(secret.isDestroyed()).isTrue();
        assertThat(scalar.isZero()).isTrue();
    }

    @Test
    void value_afterDestroy_throws() {
        SecretScalar secret = SecretScalar.random(FIELD, new SecureRandom());
        secret.destroy();
        assertThatThrownBy(secret::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("destroyed");
    }

    @Test
    void equalsSecret_comparesValues() {
        SecretScalar a = SecretScalar.of(FIELD.of(VALUE));
        SecretScalar sameValue = SecretScalar.of(FIELD.of(VALUE));
        SecretScalar other = SecretScalar.of(FIELD.of(VALUE.add(BigInteger.ONE)));
        assertThat(a.equalsSecret(sameValue)).isTrue();
        assertThat(a.equalsSecret(other)).isFalse();
        assertThat(a.equalsSecret(SecretScalar.of(ScalarField.ED25519.of(VALUE))))
                .isFalse();
    }

    @Test
    void equals_isIdentityNotValue() {
        SecretScalar a = SecretScalar.of(FIELD.of(VALUE));
        SecretScalar sameValue = SecretScalar.of(FIELD.of(VALUE));
        assertThat(a).isNotEqualTo(sameValue);
    }

    @Test
    void equalsSecret_withDestroyed_throws() {
        SecretScalar a = SecretScalar.of(FIELD.of(VALUE));
        SecretScalar b = SecretScalar.of(FIELD.of(VALUE));
        b.destroy();
        assertThatThrownBy(() -> a.equalsSecret(b)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.equalsSecret(a)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void random_isNonZeroAndFresh() {
        SecureRandom random = new SecureRandom();
        SecretScalar first = SecretScalar.random(ScalarField.ED25519, random);
        SecretScalar second = SecretScalar.random(ScalarField.ED25519, random);
        assertThat(first.value().isZero()).isFalse();
        assertThat(first.equalsSecret(second)).isFalse();
    }
}
