package dev.custos.ecdsa.multiply;

import java.math.BigInteger;

/**
 * Multiplication modulo q by a fixed public factor χ (a Fiat-Shamir weight or a gadget entry): Montgomery
 * multiplication on five 52-bit limbs ({@code R = 2^260}) with χ stored as {@code χ·R mod q}, so that
 * {@code mont(χ·R, z) = χ·z mod q} maps a plain {@link OrderWords} value to a plain product.
 *
 * <p>52-bit limbs let the partial products accumulate in plain {@code long}s without carry detection (each accumulator
 * stays below 2^58), which keeps the dependency chains short; the carries are resolved by shifts at the end. The secret
 * operand z steers no branch and no address. The factor is public: it is prepared with {@link BigInteger}.
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

    /** The factor given as an {@link OrderWords} value at {@code words[offset]} (public). */
    PublicFactor(long[] words, int offset) {
        BigInteger value = BigInteger.ZERO;
        for (int w = OrderWords.WORDS - 1; w >= 0; w--) {
            value = value.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(words[offset + w])));
        }
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
        t1 += t0 >>> BITS;
        t0 &= MASK;
        t2 += t1 >>> BITS;
        t1 &= MASK;
        t3 += t2 >>> BITS;
        t2 &= MASK;
        t4 += t3 >>> BITS;
        t3 &= MASK;
        // the result is below 2q (and below 2^257): back to 64-bit words, then one conditional subtraction
        long top = t4 >>> 48;
        long r0 = t0 | (t1 << 52);
        long r1 = (t1 >>> 12) | (t2 << 40);
        long r2 = (t2 >>> 24) | (t3 << 28);
        long r3 = (t3 >>> 36) | (t4 << 16);
        OrderWords.subtractIfAtLeastQ(r0, r1, r2, r3, top, out, oo);
    }

    /** Bits 52..115 of the product {@code x·y < 2^104} whose low 64 bits are {@code low}. */
    private static long upper(long x, long y, long low) {
        return (Math.multiplyHigh(x, y) << 12) | (low >>> BITS);
    }
}
