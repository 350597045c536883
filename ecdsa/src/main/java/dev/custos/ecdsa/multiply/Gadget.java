package dev.custos.ecdsa.multiply;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.ote.OtExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * The gadget vector g of DKLs23's random vector OLE: {@code g_j = 2^j} for the first 256 entries, then 2s public
 * pseudorandom scalars. The receiver's input is {@code b = Σ g_j·β_j} for random bits β; the random tail keeps b
 * uniform even if a cheating sender learns some bits of β through selective failure.
 */
final class Gadget {
    /** The first entries, {@code g_j = 2^j}. */
    private static final int POWERS_OF_TWO = 256;

    static final List<Scalar> VECTOR = build();
    /** {@link #VECTOR} as {@link OrderWords} values, entry j at word 4j. */
    private static final long[] WORDS = toWords(VECTOR);

    private Gadget() {}

    private static List<Scalar> build() {
        List<Scalar> vector = new ArrayList<>(OtExtension.USABLE_ROWS);
        Scalar power = Secp256k1.FIELD.one();
        Scalar two = Secp256k1.FIELD.of(2);
        for (int j = 0; j < POWERS_OF_TWO; j++) {
            vector.add(power);
            power = power.multiply(two);
        }
        for (int j = POWERS_OF_TWO; j < OtExtension.USABLE_ROWS; j++) {
            vector.add(Hasher.sha512("gadget").putInt(j).digestScalar());
        }
        return List.copyOf(vector);
    }

    private static long[] toWords(List<Scalar> vector) {
        long[] words = new long[vector.size() * OrderWords.WORDS];
        for (int j = 0; j < vector.size(); j++) {
            OrderWords.fromScalar(vector.get(j), words, j * OrderWords.WORDS);
        }
        return words;
    }

    /**
     * {@code Σ_j g_j·v_j}, where {@code v_j} is the value at word {@code (j·stride + offset)·4} of {@code values}
     * (rows of {@code stride} values), reduced once.
     */
    static Scalar innerProduct(long[] values, int stride, int offset, WideAccumulator accumulator) {
        int words = OrderWords.WORDS;
        long[] result = new long[words];
        accumulator.addPowerSum(values, stride, offset, POWERS_OF_TWO);
        for (int j = POWERS_OF_TWO; j < OtExtension.USABLE_ROWS; j++) {
            accumulator.addProduct(WORDS, j * words, values, (j * stride + offset) * words);
        }
        accumulator.reduceInto(result, 0);
        Scalar out = OrderWords.toScalar(result, 0);
        java.util.Arrays.fill(result, 0);
        return out;
    }

    /** {@code Σ_j g_j·bit_j} for the receiver's secret choice bits, selected by masks without branching. */
    static Scalar bitInnerProduct(long[] bitMasks, WideAccumulator accumulator) {
        int words = OrderWords.WORDS;
        long[] term = new long[words];
        // Σ_{j<256} 2^j·bit_j is the 256-bit number whose bit j is bit_j
        for (int j = 0; j < POWERS_OF_TWO; j++) {
            term[j >>> 6] |= bitMasks[j] & (1L << (j & 63));
        }
        accumulator.add(term, 0);
        for (int j = POWERS_OF_TWO; j < OtExtension.USABLE_ROWS; j++) {
            OrderWords.select(WORDS, j * words, bitMasks[j], term, 0);
            accumulator.add(term, 0);
        }
        accumulator.reduceInto(term, 0);
        Scalar out = OrderWords.toScalar(term, 0);
        java.util.Arrays.fill(term, 0);
        return out;
    }
}
