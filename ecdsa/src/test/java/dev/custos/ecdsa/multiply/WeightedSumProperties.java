package dev.custos.ecdsa.multiply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.ote.OtExtension;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The fused products by public weights ({@link PublicFactor#multiplySum}, {@link PublicFactor#addWeighted}), the
 * carry-save power sum ({@link WideAccumulator#addPowerSum}) and the gadget inner products, against BigInteger.
 */
class WeightedSumProperties {
    private static final BigInteger Q = Secp256k1.FIELD.order();
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    @Provide
    Arbitrary<BigInteger> reduced() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, Q.subtract(BigInteger.ONE)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, Q.subtract(BigInteger.ONE), TWO_256.subtract(Q)));
    }

    @Property(tries = 300)
    void multiplySum_matchesBigInteger(
            @ForAll("reduced") BigInteger f,
            @ForAll("reduced") BigInteger y,
            @ForAll("reduced") BigInteger g,
            @ForAll("reduced") BigInteger z) {
        long[] out = new long[4];
        PublicFactor.multiplySum(factor(f), words(y), 0, factor(g), words(z), 0, out, 0);
        assertThat(value(out)).isEqualTo(f.multiply(y).add(g.multiply(z)).mod(Q));
    }

    @Test
    void multiplySum_largestOperands_isReduced() {
        BigInteger max = Q.subtract(BigInteger.ONE);
        long[] out = new long[4];
        PublicFactor.multiplySum(factor(max), words(max), 0, factor(max), words(max), 0, out, 0);
        assertThat(value(out)).isEqualTo(max.multiply(max).shiftLeft(1).mod(Q));
    }

    @Property(tries = 100)
    void addWeighted_anyCount_matchesBigInteger(@ForAll @IntRange(min = 1, max = 4) int count, @ForAll long seed) {
        Random random = new Random(seed);
        PublicFactor[] weights = new PublicFactor[count];
        long[] values = new long[4 * (count + 1)];
        BigInteger start = randomReduced(random);
        System.arraycopy(words(start), 0, values, 4 * count, 4);
        BigInteger expected = start;
        for (int i = 0; i < count; i++) {
            BigInteger weight = randomReduced(random);
            BigInteger v = randomReduced(random);
            weights[i] = factor(weight);
            System.arraycopy(words(v), 0, values, 4 * i, 4);
            expected = expected.add(weight.multiply(v));
        }
        long[] sum = new long[4];
        System.arraycopy(values, 4 * count, sum, 0, 4);
        PublicFactor.addWeighted(weights, values, 0, new long[4], sum, 0);
        assertThat(value(sum)).isEqualTo(expected.mod(Q));
    }

    @Property(tries = 50)
    void addPowerSum_matchesBigInteger(@ForAll long seed, @ForAll @IntRange(min = 0, max = 256) int count) {
        Random random = new Random(seed);
        int stride = 3;
        long[] values = new long[4 * stride * 256];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(4) == 0 ? -1L : random.nextLong(); // all-ones words stress the carries
        }
        WideAccumulator accumulator = new WideAccumulator();
        accumulator.addPowerSum(values, stride, 1, count);
        accumulator.addPowerSum(values, stride, 2, 256);
        BigInteger expected = BigInteger.ZERO;
        for (int j = 0; j < 256; j++) {
            if (j < count) {
                expected = expected.add(value(values, 4 * (j * stride + 1)).shiftLeft(j));
            }
            expected = expected.add(value(values, 4 * (j * stride + 2)).shiftLeft(j));
        }
        long[] r = new long[4];
        accumulator.reduceInto(r, 0);
        assertThat(value(r)).isEqualTo(expected.mod(Q));
    }

    @Test
    void addPowerSum_moreThan256Terms_isRefused() {
        WideAccumulator accumulator = new WideAccumulator();
        assertThatThrownBy(() -> accumulator.addPowerSum(new long[4 * 257], 1, 0, 257))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 20)
    void gadgetInnerProducts_matchBigInteger(@ForAll long seed) {
        Random random = new Random(seed);
        int rows = OtExtension.USABLE_ROWS;
        int stride = 3;
        long[] values = new long[4 * stride * rows];
        long[] masks = new long[rows];
        BigInteger expectedValues = BigInteger.ZERO;
        BigInteger expectedBits = BigInteger.ZERO;
        for (int j = 0; j < rows; j++) {
            BigInteger v = randomReduced(random);
            System.arraycopy(words(v), 0, values, 4 * (j * stride + 1), 4);
            BigInteger g = new BigInteger(1, Gadget.VECTOR.get(j).toBytes());
            expectedValues = expectedValues.add(g.multiply(v));
            masks[j] = random.nextBoolean() ? -1L : 0L;
            if (masks[j] != 0) {
                expectedBits = expectedBits.add(g);
            }
        }
        WideAccumulator accumulator = new WideAccumulator();
        Scalar inner = Gadget.innerProduct(values, stride, 1, accumulator);
        Scalar bits = Gadget.bitInnerProduct(masks, accumulator);
        assertThat(new BigInteger(1, inner.toBytes())).isEqualTo(expectedValues.mod(Q));
        assertThat(new BigInteger(1, bits.toBytes())).isEqualTo(expectedBits.mod(Q));
    }

    private static BigInteger randomReduced(Random random) {
        return new BigInteger(256, random).mod(Q);
    }

    private static PublicFactor factor(BigInteger value) {
        return new PublicFactor(words(value), 0);
    }

    private static long[] words(BigInteger value) {
        long[] words = new long[4];
        for (int i = 0; i < 4; i++) {
            words[i] = value.shiftRight(64 * i).longValue();
        }
        return words;
    }

    private static BigInteger value(long[] words) {
        return value(words, 0);
    }

    private static BigInteger value(long[] words, int offset) {
        BigInteger value = BigInteger.ZERO;
        for (int i = 3; i >= 0; i--) {
            value = value.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(words[offset + i])));
        }
        return value;
    }
}
