package dev.custos.ecdsa.ote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Gf128Test {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(128).or(BigInteger.valueOf(0x87));

    @Property(tries = 200)
    void multiply_matchesPolynomialArithmetic(
            @ForAll long aLow, @ForAll long aHigh, @ForAll long bLow, @ForAll long bHigh) {
        long[] product = Gf128.multiply(aLow, aHigh, bLow, bHigh);
        BigInteger expected = reference(toBig(aLow, aHigh), toBig(bLow, bHigh));
        assertThat(toBig(product[0], product[1])).isEqualTo(expected);
    }

    @Test
    void multiply_byOne_isIdentity() {
        long[] product = Gf128.multiply(0x1234_5678_9abc_def0L, -1L, 1, 0);
        assertThat(product).containsExactly(0x1234_5678_9abc_def0L, -1L);
    }

    private static BigInteger toBig(long low, long high) {
        return new BigInteger(1, toBytes(high, low));
    }

    private static byte[] toBytes(long high, long low) {
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (high >>> (56 - 8 * i));
            out[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return out;
    }

    /** Schoolbook carry-less multiplication and reduction on BigInteger bit strings. */
    private static BigInteger reference(BigInteger a, BigInteger b) {
        BigInteger product = BigInteger.ZERO;
        for (int i = 0; i < 128; i++) {
            if (b.testBit(i)) {
                product = product.xor(a.shiftLeft(i));
            }
        }
        for (int bit = 255; bit >= 128; bit--) {
            if (product.testBit(bit)) {
                product = product.xor(MODULUS.shiftLeft(bit - 128));
            }
        }
        return product;
    }
}
