package dev.custos.crypto.scalar;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Arithmetic modulo an odd modulus {@code n < 2^256} in the Montgomery domain, on five 52-bit limbs (least significant
 * first, {@code R = 2^260}).
 *
 * <p>With 52-bit limbs a 104-bit partial product splits into two halves that are summed in plain {@code long}
 * accumulators without ever overflowing, so multiplication needs no carry detection and its additions run in parallel;
 * carries are resolved by shifts at the end. Every operation on values runs the same instruction sequence whatever the
 * values are: borrows and conditional subtractions use masks from arithmetic shifts, never branches. Only the modulus
 * and exponents (public constants) steer control flow. The JIT gives no formal guarantee, so this is "constant-time
 * style", the best a JVM allows.
 *
 * <p>Values are normalized (every limb below 2^52) and fully reduced (below n) on input and output of every operation.
 * Plain values cross the boundary as four 64-bit words ({@link #toMontgomery}, {@link #fromMontgomery}).
 */
final class MontgomeryArithmetic {
    /** Limbs of a Montgomery-form value. */
    static final int LIMBS = 5;
    /** 64-bit words of a plain value. */
    static final int WORDS = 4;

    private static final int BITS = 52;
    private static final long MASK = (1L << BITS) - 1;

    private final long n0;
    private final long n1;
    private final long n2;
    private final long n3;
    private final long n4;
    /** n as four 64-bit words, for range checks on plain values. */
    private final long[] modulusWords;
    /** {@code -n^-1 mod 2^52}. */
    private final long inverseModLimb;
    /** {@code R^2 mod n}: multiplying by it converts into the Montgomery domain. */
    private final long[] rSquared;
    /** {@code 2^256 * R mod n}, the Montgomery form of 2^256. */
    private final long[] twoTo256;
    /** {@code 2^256 * R^2 mod n}: multiplying by it converts {@code x} into the Montgomery form of {@code x * 2^256}. */
    private final long[] rSquaredTimes2To256;
    /** {@code R mod n}, the Montgomery form of one. */
    private final long[] montgomeryOne;
    /** {@code n - 2} as 64-bit words, the Fermat inversion exponent. */
    private final long[] inversionExponent;

    MontgomeryArithmetic(BigInteger modulus) {
        if (modulus.signum() <= 0 || !modulus.testBit(0) || modulus.bitLength() > 256) {
            throw new IllegalArgumentException("modulus must be odd, positive and below 2^256");
        }
        long[] n = limbs(modulus);
        this.n0 = n[0];
        this.n1 = n[1];
        this.n2 = n[2];
        this.n3 = n[3];
        this.n4 = n[4];
        this.modulusWords = words(modulus);
        this.inverseModLimb = -inverseModWord(modulusWords[0]) & MASK;
        BigInteger r = BigInteger.ONE.shiftLeft(BITS * LIMBS);
        this.rSquared = limbs(r.multiply(r).mod(modulus));
        this.twoTo256 = limbs(BigInteger.ONE.shiftLeft(256).multiply(r).mod(modulus));
        this.rSquaredTimes2To256 =
                limbs(BigInteger.ONE.shiftLeft(256).multiply(r).multiply(r).mod(modulus));
        this.montgomeryOne = limbs(r.mod(modulus));
        this.inversionExponent = words(modulus.subtract(BigInteger.TWO));
    }

    /** {@code x^-1 mod 2^64} for odd x, by Newton iteration (each step doubles the number of correct bits). */
    private static long inverseModWord(long x) {
        long inverse = x; // correct to 3 bits, since x * x == 1 mod 8 for odd x
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - x * inverse;
        }
        return inverse;
    }

    /** 64-bit words of a public, non-negative value below 2^256. */
    static long[] words(BigInteger value) {
        long[] words = new long[WORDS];
        for (int i = 0; i < WORDS; i++) {
            words[i] = value.shiftRight(64 * i).longValue();
        }
        return words;
    }

    private static long[] limbs(BigInteger value) {
        long[] limbs = new long[LIMBS];
        for (int i = 0; i < LIMBS; i++) {
            limbs[i] = value.shiftRight(BITS * i).longValue() & MASK;
        }
        return limbs;
    }

    long[] one() {
        return montgomeryOne.clone();
    }

    /** Montgomery form of a plain value given as four 64-bit words (any value below 2^256, not only below n). */
    long[] toMontgomery(long[] plainWords) {
        return toMontgomery(plainWords, 0);
    }

    /**
     * Montgomery form of {@code plainWords * 2^(256 * position)}, for reducing wide inputs 256 bits at a time: one
     * multiplication for positions 0 and 1 (the two halves of a 512-bit hash), one more per further position.
     */
    long[] toMontgomery(long[] plainWords, int position) {
        long[] factor = position == 0 ? rSquared : rSquaredTimes2To256;
        for (int i = 1; i < position; i++) {
            factor = multiply(factor, twoTo256);
        }
        long w0 = plainWords[0];
        long w1 = plainWords[1];
        long w2 = plainWords[2];
        long w3 = plainWords[3];
        long[] split = {
            w0 & MASK,
            ((w0 >>> 52) | (w1 << 12)) & MASK,
            ((w1 >>> 40) | (w2 << 24)) & MASK,
            ((w2 >>> 28) | (w3 << 36)) & MASK,
            w3 >>> 16
        };
        long[] result = multiply(split, factor);
        Arrays.fill(split, 0);
        return result;
    }

    /** The plain value (below n) of a Montgomery-form value, as four 64-bit words. */
    long[] fromMontgomery(long[] montgomery) {
        long[] plain = multiply(montgomery, new long[] {1, 0, 0, 0, 0});
        long[] words = {
            plain[0] | (plain[1] << 52),
            (plain[1] >>> 12) | (plain[2] << 40),
            (plain[2] >>> 24) | (plain[3] << 28),
            (plain[3] >>> 36) | (plain[4] << 16)
        };
        Arrays.fill(plain, 0);
        return words;
    }

    /** {@code (a + b) mod n}. */
    long[] add(long[] a, long[] b) {
        long s0 = a[0] + b[0];
        long s1 = a[1] + b[1] + (s0 >>> BITS);
        long s2 = a[2] + b[2] + (s1 >>> BITS);
        long s3 = a[3] + b[3] + (s2 >>> BITS);
        long s4 = a[4] + b[4] + (s3 >>> BITS);
        return subtractModulusIfAtLeast(s0 & MASK, s1 & MASK, s2 & MASK, s3 & MASK, s4);
    }

    /** {@code (a - b) mod n}. */
    long[] subtract(long[] a, long[] b) {
        long d0 = a[0] - b[0];
        long d1 = a[1] - b[1] + (d0 >> BITS); // arithmetic shift: -1 if the lower limb borrowed
        long d2 = a[2] - b[2] + (d1 >> BITS);
        long d3 = a[3] - b[3] + (d2 >> BITS);
        long d4 = a[4] - b[4] + (d3 >> BITS);
        long mask = d4 >> 63; // all ones if a < b: add n back
        long r0 = (d0 & MASK) + (n0 & mask);
        long r1 = (d1 & MASK) + (n1 & mask) + (r0 >>> BITS);
        long r2 = (d2 & MASK) + (n2 & mask) + (r1 >>> BITS);
        long r3 = (d3 & MASK) + (n3 & mask) + (r2 >>> BITS);
        long r4 = (d4 & MASK) + (n4 & mask) + (r3 >>> BITS);
        return new long[] {r0 & MASK, r1 & MASK, r2 & MASK, r3 & MASK, r4 & MASK};
    }

    /** {@code -a mod n}. */
    long[] negate(long[] a) {
        long d0 = n0 - a[0];
        long d1 = n1 - a[1] + (d0 >> BITS);
        long d2 = n2 - a[2] + (d1 >> BITS);
        long d3 = n3 - a[3] + (d2 >> BITS);
        long d4 = n4 - a[4] + (d3 >> BITS);
        // n - 0 = n is not reduced: return 0 for a == 0
        long mask = ~isZeroMask(a);
        return new long[] {d0 & MASK & mask, d1 & MASK & mask, d2 & MASK & mask, d3 & MASK & mask, d4 & mask};
    }

    /**
     * Montgomery product {@code a * b * R^-1 mod n}. Each of the five rows adds {@code a * b[i]} and {@code m * n} into
     * six unnormalized accumulators, then drops the lowest limb (which the choice of m makes divisible by 2^52). Every
     * accumulator stays below 2^58, so no addition can overflow. With {@code a < 2^256} and {@code b < n} the result is
     * below {@code 2n} before the final conditional subtraction.
     */
    long[] multiply(long[] a, long[] b) {
        long a0 = a[0];
        long a1 = a[1];
        long a2 = a[2];
        long a3 = a[3];
        long a4 = a[4];
        long t0 = 0;
        long t1 = 0;
        long t2 = 0;
        long t3 = 0;
        long t4 = 0;
        for (int i = 0; i < LIMBS; i++) {
            long bi = b[i];
            long p0 = a0 * bi;
            long p1 = a1 * bi;
            long p2 = a2 * bi;
            long p3 = a3 * bi;
            long p4 = a4 * bi;
            t0 += p0 & MASK;
            t1 += (p1 & MASK) + high(a0, bi, p0);
            t2 += (p2 & MASK) + high(a1, bi, p1);
            t3 += (p3 & MASK) + high(a2, bi, p2);
            t4 += (p4 & MASK) + high(a3, bi, p3);
            long t5 = high(a4, bi, p4);

            long m = (t0 * inverseModLimb) & MASK;
            long q0 = m * n0;
            long q1 = m * n1;
            long q2 = m * n2;
            long q3 = m * n3;
            long q4 = m * n4;
            t0 += q0 & MASK; // now divisible by 2^52
            t1 += (q1 & MASK) + high(m, n0, q0) + (t0 >>> BITS);
            t2 += (q2 & MASK) + high(m, n1, q1);
            t3 += (q3 & MASK) + high(m, n2, q2);
            t4 += (q4 & MASK) + high(m, n3, q3);
            t5 += high(m, n4, q4);

            t0 = t1;
            t1 = t2;
            t2 = t3;
            t3 = t4;
            t4 = t5;
        }
        t1 += t0 >>> BITS;
        t2 += t1 >>> BITS;
        t3 += t2 >>> BITS;
        t4 += t3 >>> BITS;
        return subtractModulusIfAtLeast(t0 & MASK, t1 & MASK, t2 & MASK, t3 & MASK, t4);
    }

    /** Bits 52..115 of the product {@code x * y < 2^104} whose low 64 bits are {@code low}. */
    private static long high(long x, long y, long low) {
        return (Math.multiplyHigh(x, y) << 12) | (low >>> BITS);
    }

    /** {@code a^exponent} in the Montgomery domain; the exponent is public (it steers the table index). */
    long[] power(long[] a, long[] exponentWords) {
        long[][] table = new long[16][];
        table[0] = montgomeryOne;
        table[1] = a;
        for (int i = 2; i < 16; i++) {
            table[i] = multiply(table[i - 1], a);
        }
        long[] result = montgomeryOne;
        for (int nibble = 63; nibble >= 0; nibble--) {
            for (int k = 0; k < 4; k++) {
                result = multiply(result, result);
            }
            int index = (int) (exponentWords[nibble >>> 4] >>> ((nibble & 15) * 4)) & 15;
            result = multiply(result, table[index]);
        }
        for (int i = 2; i < 16; i++) {
            Arrays.fill(table[i], 0);
        }
        return result;
    }

    /** {@code a^(n-2) = a^-1} for prime n and non-zero a (Fermat); maps zero to zero. */
    long[] invert(long[] a) {
        return power(a, inversionExponent);
    }

    /** All ones if every limb of {@code a} is zero, else zero, without branching. */
    static long isZeroMask(long[] a) {
        long any = 0;
        for (long limb : a) {
            any |= limb;
        }
        // (any | -any) has the top bit set exactly when any != 0
        return ((any | -any) >>> 63) - 1;
    }

    /** All ones if {@code a} and {@code b} (same length) are equal, else zero, without branching. */
    static long equalMask(long[] a, long[] b) {
        long diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff |= a[i] ^ b[i];
        }
        return ((diff | -diff) >>> 63) - 1;
    }

    /** 1 if the plain value {@code words} (four 64-bit words) is below n, else 0, without branching. */
    long lessThanModulus(long[] words) {
        long borrow = 0;
        for (int i = 0; i < WORDS; i++) {
            long x = words[i];
            long y = modulusWords[i];
            long difference = x - y - borrow;
            borrow = ((~x & y) | ((~x | y) & difference)) >>> 63;
        }
        return borrow;
    }

    /** Reduces a normalized value below 2n (limbs t0..t3 below 2^52, t4 below 2^53) into [0, n). */
    private long[] subtractModulusIfAtLeast(long t0, long t1, long t2, long t3, long t4) {
        long d0 = t0 - n0;
        long d1 = t1 - n1 + (d0 >> BITS);
        long d2 = t2 - n2 + (d1 >> BITS);
        long d3 = t3 - n3 + (d2 >> BITS);
        long d4 = t4 - n4 + (d3 >> BITS);
        long keep = d4 >> 63; // all ones if t < n: keep t; else take t - n
        return new long[] {
            (t0 & keep) | (d0 & MASK & ~keep),
            (t1 & keep) | (d1 & MASK & ~keep),
            (t2 & keep) | (d2 & MASK & ~keep),
            (t3 & keep) | (d3 & MASK & ~keep),
            (t4 & keep) | (d4 & MASK & ~keep)
        };
    }
}
