package dev.custos.ecdsa.multiply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.Secp256k1;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link OrderWords} and {@link WideAccumulator} against BigInteger arithmetic modulo q, edge values included. */
class OrderWordsProperties {
    private static final BigInteger Q = Secp256k1.FIELD.order();
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    @Provide
    Arbitrary<BigInteger> reduced() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, Q.subtract(BigInteger.ONE)),
                Arbitraries.of(
                        BigInteger.ZERO,
                        BigInteger.ONE,
                        Q.subtract(BigInteger.ONE),
                        Q.subtract(BigInteger.TWO),
                        TWO_256.subtract(Q)));
    }

    @Provide
    Arbitrary<BigInteger> anyWord256() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, TWO_256.subtract(BigInteger.ONE)),
                Arbitraries.of(Q, Q.add(BigInteger.ONE), TWO_256.subtract(BigInteger.ONE), Q.subtract(BigInteger.ONE)));
    }

    @Property(tries = 300)
    void add_matchesBigInteger(@ForAll("reduced") BigInteger a, @ForAll("reduced") BigInteger b) {
        long[] r = new long[4];
        OrderWords.add(words(a), 0, words(b), 0, r, 0);
        assertThat(value(r)).isEqualTo(a.add(b).mod(Q));
    }

    @Property(tries = 300)
    void subtract_matchesBigInteger(@ForAll("reduced") BigInteger a, @ForAll("reduced") BigInteger b) {
        long[] r = new long[4];
        OrderWords.subtract(words(a), 0, words(b), 0, r, 0);
        assertThat(value(r)).isEqualTo(a.subtract(b).mod(Q));
    }

    @Property(tries = 300)
    void reduce_anyHash_matchesBigInteger(@ForAll("anyWord256") BigInteger value) {
        long[] r = new long[4];
        OrderWords.reduce(bytes(value), 0, r, 0);
        assertThat(value(r)).isEqualTo(value.mod(Q));
        assertThat(OrderWords.isCanonical(bytes(value), 0)).isEqualTo(value.compareTo(Q) < 0);
    }

    @Property(tries = 200)
    void encode_roundTrips(@ForAll("reduced") BigInteger value) throws InvalidEncodingException {
        byte[] out = new byte[32];
        OrderWords.encode(words(value), 0, out, 0);
        assertThat(out).isEqualTo(bytes(value));
        long[] back = new long[4];
        OrderWords.decode(out, 0, back, 0);
        assertThat(value(back)).isEqualTo(value);
    }

    @Property(tries = 100)
    void accumulator_sumOfProducts_matchesBigInteger(
            @ForAll("reduced") BigInteger a,
            @ForAll("reduced") BigInteger b,
            @ForAll("reduced") BigInteger c,
            @ForAll("reduced") BigInteger d) {
        WideAccumulator accumulator = new WideAccumulator();
        accumulator.addProduct(words(a), 0, words(b), 0);
        accumulator.add(words(c), 0);
        accumulator.addProduct(words(c), 0, words(d), 0);
        long[] r = new long[4];
        accumulator.reduceInto(r, 0);
        assertThat(value(r)).isEqualTo(a.multiply(b).add(c).add(c.multiply(d)).mod(Q));
        accumulator.addProduct(words(d), 0, words(a), 0);
        accumulator.reduceInto(r, 0);
        assertThat(value(r))
                .as("the accumulator restarts at zero")
                .isEqualTo(d.multiply(a).mod(Q));
    }

    @Property(tries = 300)
    void publicFactor_multiply_matchesBigInteger(
            @ForAll("reduced") BigInteger factor, @ForAll("reduced") BigInteger z) {
        long[] out = new long[4];
        new PublicFactor(words(factor), 0).multiply(words(z), 0, out, 0);
        assertThat(value(out)).isEqualTo(factor.multiply(z).mod(Q));
    }

    @Test
    void accumulator_manyMaximalProducts_matchesBigInteger() {
        // all-ones 256-bit words exceed q; they stress every carry of the wide sum and of the folds
        for (BigInteger x : List.of(Q.subtract(BigInteger.ONE), TWO_256.subtract(BigInteger.ONE))) {
            WideAccumulator accumulator = new WideAccumulator();
            BigInteger expected = BigInteger.ZERO;
            for (int i = 0; i < 1000; i++) {
                accumulator.addProduct(words(x), 0, words(x), 0);
                accumulator.add(words(x), 0);
                expected = expected.add(x.multiply(x)).add(x);
            }
            long[] r = new long[4];
            accumulator.reduceInto(r, 0);
            assertThat(value(r)).isEqualTo(expected.mod(Q));
        }
    }

    @Test
    void decode_valueNotBelowOrder_isRejected() {
        assertThatThrownBy(() -> OrderWords.decode(bytes(Q), 0, new long[4], 0))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("order");
    }

    @Test
    void select_zeroMask_givesZero_onesMask_givesValue() {
        long[] value = words(Q.subtract(BigInteger.ONE));
        long[] r = new long[4];
        OrderWords.select(value, 0, 0, r, 0);
        assertThat(value(r)).isZero();
        OrderWords.select(value, 0, -1L, r, 0);
        assertThat(value(r)).isEqualTo(Q.subtract(BigInteger.ONE));
    }

    private static long[] words(BigInteger value) {
        long[] words = new long[4];
        for (int i = 0; i < 4; i++) {
            words[i] = value.shiftRight(64 * i).longValue();
        }
        return words;
    }

    private static BigInteger value(long[] words) {
        BigInteger value = BigInteger.ZERO;
        for (int i = 3; i >= 0; i--) {
            value = value.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(words[i])));
        }
        return value;
    }

    private static byte[] bytes(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }
}
