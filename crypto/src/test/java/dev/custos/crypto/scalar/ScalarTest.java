package dev.custos.crypto.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScalarTest {
    static List<ScalarField> fields() {
        return List.of(ScalarField.SECP256K1, ScalarField.ED25519);
    }

    /** The encoding of {@code value} in the field's byte order, built with BigInteger (independent of the code under test). */
    private static byte[] encode(ScalarField field, BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        if (field == ScalarField.ED25519) {
            ScalarField.reverse(out);
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("fields")
    void decode_order_throws(ScalarField field) {
        assertThatThrownBy(() -> field.decode(encode(field, field.order())))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("not canonical");
    }

    @ParameterizedTest
    @MethodSource("fields")
    void decode_allOnes_throws(ScalarField field) {
        byte[] allOnes = new byte[32];
        Arrays.fill(allOnes, (byte) 0xFF);
        assertThatThrownBy(() -> field.decode(allOnes)).isInstanceOf(InvalidEncodingException.class);
    }

    @ParameterizedTest
    @MethodSource("fields")
    void decode_orderMinusOne_accepted(ScalarField field) throws Exception {
        BigInteger max = field.order().subtract(BigInteger.ONE);
        Scalar scalar = field.decode(encode(field, max));
        assertThat(scalar.toBigInteger()).isEqualTo(max);
        assertThat(scalar.add(field.one()).isZero()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("fields")
    void decode_wrongLength_throwsNamingLength(ScalarField field) {
        assertThatThrownBy(() -> field.decode(new byte[31]))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("32 bytes, got 31");
        assertThatThrownBy(() -> field.decode(new byte[33])).hasMessageContaining("got 33");
        assertThatThrownBy(() -> field.decode(null)).hasMessageContaining("got null");
    }

    @Test
    void decode_secp256k1IsBigEndian() throws Exception {
        Scalar scalar = ScalarField.SECP256K1.decode(HexFormat.of().parseHex("00".repeat(31) + "05"));
        assertThat(scalar).isEqualTo(ScalarField.SECP256K1.of(5));
    }

    @Test
    void decode_ed25519IsLittleEndian() throws Exception {
        Scalar scalar = ScalarField.ED25519.decode(HexFormat.of().parseHex("05" + "00".repeat(31)));
        assertThat(scalar).isEqualTo(ScalarField.ED25519.of(5));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void invert_zero_throws(ScalarField field) {
        assertThatThrownBy(() -> field.zero().invert()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> field.zero().invertVariableTime()).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @MethodSource("fields")
    void invertAll_withZero_throwsNamingIndex(ScalarField field) {
        assertThatThrownBy(() -> field.invertAll(List.of(field.one(), field.zero())))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("scalar 1");
        assertThat(field.invertAll(List.of())).isEmpty();
    }

    @Test
    void arithmetic_acrossFields_throws() {
        Scalar a = ScalarField.SECP256K1.one();
        Scalar b = ScalarField.ED25519.one();
        assertThatThrownBy(() -> a.add(b)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.multiply(b)).isInstanceOf(IllegalArgumentException.class);
        assertThat(a).isNotEqualTo(b);
    }

    @ParameterizedTest
    @MethodSource("fields")
    void toString_doesNotShowValue(ScalarField field) {
        Scalar scalar = field.of(123456789);
        assertThat(scalar.toString())
                .doesNotContain("123456789")
                .doesNotContain("75bcd15")
                .contains("redacted");
    }

    @ParameterizedTest
    @MethodSource("fields")
    void wipe_zeroesValue(ScalarField field) {
        Scalar scalar = field.randomNonZero(new SecureRandom());
        scalar.wipe();
        assertThat(scalar.isZero()).isTrue();
        assertThat(scalar.toBytes()).containsOnly(0);
    }

    @ParameterizedTest
    @MethodSource("fields")
    void of_longMinValue_isReducedMagnitudeNegated(ScalarField field) {
        assertThat(field.of(Long.MIN_VALUE).toBigInteger())
                .isEqualTo(BigInteger.valueOf(Long.MIN_VALUE).mod(field.order()));
        assertThat(field.of(-1).toBigInteger()).isEqualTo(field.order().subtract(BigInteger.ONE));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void random_staysBelowOrderAndVaries(ScalarField field) {
        SecureRandom random = new SecureRandom();
        Scalar first = field.randomNonZero(random);
        Scalar second = field.randomNonZero(random);
        assertThat(first).isNotEqualTo(second);
        assertThat(first.toBigInteger()).isLessThan(field.order()).isPositive();
    }
}
