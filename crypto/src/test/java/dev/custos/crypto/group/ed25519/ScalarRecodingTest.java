package dev.custos.crypto.group.ed25519;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScalarRecodingTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000000000000000000000000000000000000000000000000000000000000000",
                "0000000000000000000000000000000000000000000000000000000000000001",
                "1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed", // L
                "1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ec", // L - 1
                "0888888888888888888888888888888888888888888888888888888888888888",
                "7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", // 2^255 - 1
                "4f0e8d7c6b5a49382716059483726150aabbccddeeff00112233445566778899",
            })
    void signedRadix16_reconstructsValue_digitsInRange(String bigEndianHex) {
        BigInteger value = new BigInteger(bigEndianHex, 16);
        byte[] digits = ScalarRecoding.signedRadix16(littleEndian(value));
        BigInteger sum = BigInteger.ZERO;
        for (int i = digits.length - 1; i >= 0; i--) {
            sum = sum.shiftLeft(4).add(BigInteger.valueOf(digits[i]));
            if (i < digits.length - 1) {
                assertThat((int) digits[i]).isBetween(-8, 7);
            } else {
                assertThat((int) digits[i]).isBetween(-8, 8);
            }
        }
        assertThat(sum).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000000000000000000000000000000000000000000000000000000000000000",
                "0000000000000000000000000000000000000000000000000000000000000001",
                "1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed",
                "0888888888888888888888888888888888888888888888888888888888888888",
                "7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
                "4f0e8d7c6b5a49382716059483726150aabbccddeeff00112233445566778899",
            })
    void nonAdjacentForm_reconstructsValue_isSparseAndOdd(String bigEndianHex) {
        BigInteger value = new BigInteger(bigEndianHex, 16);
        byte[] digits = ScalarRecoding.nonAdjacentForm(littleEndian(value), 5);
        BigInteger sum = BigInteger.ZERO;
        int lastNonZero = Integer.MIN_VALUE / 2;
        for (int i = 0; i < digits.length; i++) {
            int digit = digits[i];
            if (digit != 0) {
                assertThat(digit & 1).isEqualTo(1);
                assertThat(Math.abs(digit)).isLessThan(16);
                assertThat(i - lastNonZero).isGreaterThanOrEqualTo(5);
                lastNonZero = i;
            }
            sum = sum.add(BigInteger.valueOf(digit).shiftLeft(i));
        }
        assertThat(sum).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {31, 33})
    void wrongLength_throws(int length) {
        assertThatThrownBy(() -> ScalarRecoding.signedRadix16(new byte[length]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScalarRecoding.nonAdjacentForm(new byte[length], 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] littleEndian(BigInteger value) {
        byte[] bigEndian = HEX.parseHex(String.format("%064x", value));
        byte[] result = new byte[32];
        for (int i = 0; i < 32; i++) {
            result[i] = bigEndian[31 - i];
        }
        return result;
    }
}
