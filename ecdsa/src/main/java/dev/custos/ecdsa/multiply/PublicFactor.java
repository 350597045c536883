package dev.custos.ecdsa.multiply;

import java.math.BigInteger;

/**
 * Multiplication modulo q by a fixed public factor χ (a Fiat-Shamir weight or a gadget entry): Montgomery
 * multiplication on five 52-bit limbs ({@code R = 2^260}) with χ stored as {@code χ·R mod q}, so that
 * {@code mont(χ·R, z) = χ·z mod q} maps a plain {@link OrderWords} value to a plain product.
 *
 * <p>52-bit limbs let the partial products accumulate in plain {@code long}s without carry detection (each accumulator
 * stays below 2^58), which keeps the dependency chains short; the carries are resolved by shifts at the end. The secret
 * operand z steers no branch and no address. The factor is public; its Montgomery form comes from one multiplication
 * by {@code R mod q}. {@link #multiplySum} takes two products per reduction.
 */
final class PublicFactor {
    private static final int BITS = 52;
    private static final long MASK = (1L << BITS) - 1;
    private static final BigInteger Q =
            new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
    private static final long N0 = limb(Q, 0);
    private static final long N1 = limb(Q, 1);
    private static final long N2 = limb(Q, 2);
    private static final long N3 = limb(Q, 3);
    private static final long N4 = limb(Q, 4);
    /** {@code −q^-1 mod 2^52}. */
    private static final long Q_INVERSE_NEGATED =
            Q.negate().modInverse(BigInteger.ONE.shiftLeft(BITS)).longValueExact();

    private final long f0;
    private final long f1;
    private final long f2;
    private final long f3;
    private final long f4;

    /** Multiplies by {@code R mod q}: maps a value z to its Montgomery form {@code z·R mod q}. */
    private static final PublicFactor TO_MONTGOMERY =
            new PublicFactor(BigInteger.ONE.shiftLeft(BITS * 5).mod(Q));

    /** The factor given as a reduced {@link OrderWords} value at {@code words[offset]} (public). */
    PublicFactor(long[] words, int offset) {
        long[] scaled = new long[OrderWords.WORDS];
        TO_MONTGOMERY.multiply(words, offset, scaled, 0);
        f0 = limbOf(scaled[0], scaled[1], scaled[2], scaled[3], 0);
        f1 = limbOf(scaled[0], scaled[1], scaled[2], scaled[3], 1);
        f2 = limbOf(scaled[0], scaled[1], scaled[2], scaled[3], 2);
        f3 = limbOf(scaled[0], scaled[1], scaled[2], scaled[3], 3);
        f4 = limbOf(scaled[0], scaled[1], scaled[2], scaled[3], 4);
    }

    private PublicFactor(BigInteger value) {
        BigInteger scaled = value.shiftLeft(BITS * 5).mod(Q);
        f0 = limb(scaled, 0);
        f1 = limb(scaled, 1);
        f2 = limb(scaled, 2);
        f3 = limb(scaled, 3);
        f4 = limb(scaled, 4);
    }

    private static long limb(BigInteger value, int index) {
        return value.shiftRight(BITS * index).longValue() & MASK;
    }

    /** {@code out[oo..] = χ·z mod q} for the reduced value z at {@code z[zo..]}; out may alias z. */
    void multiply(long[] z, int zo, long[] out, int oo) {
        long w0 = z[zo];
        long w1 = z[zo + 1];
        long w2 = z[zo + 2];
        long w3 = z[zo + 3];
        // z in 52-bit limbs, least significant first
        long b0 = w0 & MASK;
        long b1 = ((w0 >>> 52) | (w1 << 12)) & MASK;
        long b2 = ((w1 >>> 40) | (w2 << 24)) & MASK;
        long b3 = ((w2 >>> 28) | (w3 << 36)) & MASK;
        long b4 = w3 >>> 16;
        long t0 = 0;
        long t1 = 0;
        long t2 = 0;
        long t3 = 0;
        long t4 = 0;
        for (int i = 0; i < 5; i++) {
            long b = i == 0 ? b0 : i == 1 ? b1 : i == 2 ? b2 : i == 3 ? b3 : b4; // i is public
            long p0 = f0 * b;
            long p1 = f1 * b;
            long p2 = f2 * b;
            long p3 = f3 * b;
            long p4 = f4 * b;
            t0 += p0 & MASK;
            t1 += (p1 & MASK) + upper(f0, b, p0);
            t2 += (p2 & MASK) + upper(f1, b, p1);
            t3 += (p3 & MASK) + upper(f2, b, p2);
            t4 += (p4 & MASK) + upper(f3, b, p3);
            long t5 = upper(f4, b, p4);
            // add m·q with m chosen so that the lowest limb becomes divisible by 2^52, then drop that limb
            long m = (t0 * Q_INVERSE_NEGATED) & MASK;
            long q0 = m * N0;
            long q1 = m * N1;
            long q2 = m * N2;
            long q3 = m * N3;
            long q4 = m * N4;
            t0 += q0 & MASK;
            t1 += (q1 & MASK) + upper(m, N0, q0) + (t0 >>> BITS);
            t2 += (q2 & MASK) + upper(m, N1, q1);
            t3 += (q3 & MASK) + upper(m, N2, q2);
            t4 += (q4 & MASK) + upper(m, N3, q3);
            t5 += upper(m, N4, q4);
            t0 = t1;
            t1 = t2;
            t2 = t3;
            t3 = t4;
            t4 = t5;
        }
        finish(t0, t1, t2, t3, t4, out, oo);
    }

    /**
     * {@code sum[so..] += Σ_i weights[i]·v_i mod q}, where {@code v_i} is the reduced value at word
     * {@code offset + 4i} of {@code values}; the products are taken two at a time ({@link #multiplySum}).
     * {@code scratch} holds one value ({@link OrderWords#WORDS} words) and keeps the last product: the caller wipes it.
     */
    static void addWeighted(PublicFactor[] weights, long[] values, int offset, long[] scratch, long[] sum, int so) {
        int words = OrderWords.WORDS;
        int i = 0;
        for (; i + 1 < weights.length; i += 2) {
            multiplySum(
                    weights[i],
                    values,
                    offset + i * words,
                    weights[i + 1],
                    values,
                    offset + (i + 1) * words,
                    scratch,
                    0);
            OrderWords.add(sum, so, scratch, 0, sum, so);
        }
        if (i < weights.length) {
            weights[i].multiply(values, offset + i * words, scratch, 0);
            OrderWords.add(sum, so, scratch, 0, sum, so);
        }
    }

    /**
     * {@code out[oo..] = f·y + g·z mod q} for reduced values y at {@code y[yo..]} and z at {@code z[zo..]}, with one
     * Montgomery reduction for both products: the partial products of both enter the same limb accumulators (each stays
     * below 2^59), and the sum of the two products, below {@code 2q²}, reduces to below {@code q + 2q²/2^260 < 2q}.
     * out may alias y or z.
     */
    static void multiplySum(PublicFactor f, long[] y, int yo, PublicFactor g, long[] z, int zo, long[] out, int oo) {
        long y0 = y[yo];
        long y1 = y[yo + 1];
        long y2 = y[yo + 2];
        long y3 = y[yo + 3];
        long z0 = z[zo];
        long z1 = z[zo + 1];
        long z2 = z[zo + 2];
        long z3 = z[zo + 3];
        long t0 = 0;
        long t1 = 0;
        long t2 = 0;
        long t3 = 0;
        long t4 = 0;
        for (int i = 0; i < 5; i++) {
            long b = limbOf(y0, y1, y2, y3, i); // i is public
            long c = limbOf(z0, z1, z2, z3, i);
            long p0 = f.f0 * b;
            long p1 = f.f1 * b;
            long p2 = f.f2 * b;
            long p3 = f.f3 * b;
            long p4 = f.f4 * b;
            long r0 = g.f0 * c;
            long r1 = g.f1 * c;
            long r2 = g.f2 * c;
            long r3 = g.f3 * c;
            long r4 = g.f4 * c;
            t0 += (p0 & MASK) + (r0 & MASK);
            t1 += (p1 & MASK) + upper(f.f0, b, p0) + (r1 & MASK) + upper(g.f0, c, r0);
            t2 += (p2 & MASK) + upper(f.f1, b, p1) + (r2 & MASK) + upper(g.f1, c, r1);
            t3 += (p3 & MASK) + upper(f.f2, b, p2) + (r3 & MASK) + upper(g.f2, c, r2);
            t4 += (p4 & MASK) + upper(f.f3, b, p3) + (r4 & MASK) + upper(g.f3, c, r3);
            long t5 = upper(f.f4, b, p4) + upper(g.f4, c, r4);
            // t0 may exceed 2^52 here: m clears its low 52 bits, the rest carries into t1 below
            long m = (t0 * Q_INVERSE_NEGATED) & MASK;
            long q0 = m * N0;
            long q1 = m * N1;
            long q2 = m * N2;
            long q3 = m * N3;
            long q4 = m * N4;
            t0 += q0 & MASK;
            t1 += (q1 & MASK) + upper(m, N0, q0) + (t0 >>> BITS);
            t2 += (q2 & MASK) + upper(m, N1, q1);
            t3 += (q3 & MASK) + upper(m, N2, q2);
            t4 += (q4 & MASK) + upper(m, N3, q3);
            t5 += upper(m, N4, q4);
            t0 = t1;
            t1 = t2;
            t2 = t3;
            t3 = t4;
            t4 = t5;
        }
        finish(t0, t1, t2, t3, t4, out, oo);
    }

    /**
     * Resolves the carries of five 52-bit-limb accumulators holding a value below 2q (and below 2^257), packs it
     * into 64-bit words and writes it reduced below q at {@code out[oo]}; branch-free.
     */
    private static void finish(long t0, long t1, long t2, long t3, long t4, long[] out, int oo) {
        t1 += t0 >>> BITS;
        t0 &= MASK;
        t2 += t1 >>> BITS;
        t1 &= MASK;
        t3 += t2 >>> BITS;
        t2 &= MASK;
        t4 += t3 >>> BITS;
        t3 &= MASK;
        long top = t4 >>> 48;
        long w0 = t0 | (t1 << 52);
        long w1 = (t1 >>> 12) | (t2 << 40);
        long w2 = (t2 >>> 24) | (t3 << 28);
        long w3 = (t3 >>> 36) | (t4 << 16);
        OrderWords.subtractIfAtLeastQ(w0, w1, w2, w3, top, out, oo);
    }

    /** Limb i (52 bits, least significant first) of the 256-bit value (w0..w3); i is public. */
    private static long limbOf(long w0, long w1, long w2, long w3, int i) {
        return switch (i) {
            case 0 -> w0 & MASK;
            case 1 -> ((w0 >>> 52) | (w1 << 12)) & MASK;
            case 2 -> ((w1 >>> 40) | (w2 << 24)) & MASK;
            case 3 -> ((w2 >>> 28) | (w3 << 36)) & MASK;
            default -> w3 >>> 16;
        };
    }

    /** Bits 52..115 of the product {@code x·y < 2^104} whose low 64 bits are {@code low}. */
    private static long upper(long x, long y, long low) {
        return (Math.multiplyHigh(x, y) << 12) | (low >>> BITS);
    }
}
