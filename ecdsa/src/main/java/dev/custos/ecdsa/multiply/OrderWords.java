package dev.custos.ecdsa.multiply;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Arithmetic modulo the secp256k1 group order q on plain (not Montgomery) values of four 64-bit words, least
 * significant first, stored at an offset of a {@code long[]}: the representation of the multiplication's bulk rows.
 * Plain words make reducing a 32-byte hash a single conditional subtraction (q is within 2^129 of 2^256) and encoding
 * a byte copy, and let sums of products be reduced once ({@link WideAccumulator}).
 *
 * <p>Every operation on values is branch-free: carries and conditional subtractions use masks. Only lengths, offsets
 * and the public canonicity check of received encodings steer control flow.
 */
final class OrderWords {
    static final int WORDS = 4;
    static final int BYTES = 32;

    static final long Q0 = 0xBFD25E8CD0364141L;
    static final long Q1 = 0xBAAEDCE6AF48A03BL;
    static final long Q2 = 0xFFFFFFFFFFFFFFFEL;
    static final long Q3 = 0xFFFFFFFFFFFFFFFFL;
    /** {@code c = 2^256 − q = 2^128 + C1·2^64 + C0}. */
    static final long C0 = 0x402DA1732FC9BEBFL;

    static final long C1 = 0x4551231950B75FC4L;

    private static final VarHandle BIG_ENDIAN_LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private OrderWords() {}

    /** The carry out of {@code x + y + carryIn} whose low 64 bits are {@code sum} (Hacker's Delight 2-13). */
    static long carry(long x, long y, long sum) {
        return ((x & y) | ((x | y) & ~sum)) >>> 63;
    }

    /** The borrow out of {@code x − y − borrowIn} whose low 64 bits are {@code difference}. */
    static long borrow(long x, long y, long difference) {
        return ((~x & y) | ((~x | y) & difference)) >>> 63;
    }

    /**
     * Stores {@code (w0..w3) + topBit·2^256 mod q} at {@code out[offset]}, for a value below 2q; subtracts q exactly
     * when the value is at least q, without branching.
     */
    static void subtractIfAtLeastQ(long w0, long w1, long w2, long w3, long topBit, long[] out, int offset) {
        long d0 = w0 - Q0;
        long b = borrow(w0, Q0, d0);
        long d1 = w1 - Q1 - b;
        b = borrow(w1, Q1, d1);
        long d2 = w2 - Q2 - b;
        b = borrow(w2, Q2, d2);
        long d3 = w3 - Q3 - b;
        b = borrow(w3, Q3, d3);
        // keep the value when it is below q: no borrow absorbed by the top bit
        long keep = -(b & ~topBit & 1L);
        out[offset] = (w0 & keep) | (d0 & ~keep);
        out[offset + 1] = (w1 & keep) | (d1 & ~keep);
        out[offset + 2] = (w2 & keep) | (d2 & ~keep);
        out[offset + 3] = (w3 & keep) | (d3 & ~keep);
    }

    /** {@code r = a + b mod q} for reduced a, b; r may alias a or b. */
    static void add(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        long s0 = a[ao] + b[bo];
        long c = carry(a[ao], b[bo], s0);
        long s1 = a[ao + 1] + b[bo + 1] + c;
        c = carry(a[ao + 1], b[bo + 1], s1);
        long s2 = a[ao + 2] + b[bo + 2] + c;
        c = carry(a[ao + 2], b[bo + 2], s2);
        long s3 = a[ao + 3] + b[bo + 3] + c;
        c = carry(a[ao + 3], b[bo + 3], s3);
        subtractIfAtLeastQ(s0, s1, s2, s3, c, r, ro);
    }

    /** {@code r = a − b mod q} for reduced a, b; r may alias a or b. */
    static void subtract(long[] a, int ao, long[] b, int bo, long[] r, int ro) {
        long d0 = a[ao] - b[bo];
        long w = borrow(a[ao], b[bo], d0);
        long d1 = a[ao + 1] - b[bo + 1] - w;
        w = borrow(a[ao + 1], b[bo + 1], d1);
        long d2 = a[ao + 2] - b[bo + 2] - w;
        w = borrow(a[ao + 2], b[bo + 2], d2);
        long d3 = a[ao + 3] - b[bo + 3] - w;
        w = borrow(a[ao + 3], b[bo + 3], d3);
        long mask = -w; // all ones if a < b: add q back
        long s0 = d0 + (Q0 & mask);
        long c = carry(d0, Q0 & mask, s0);
        long s1 = d1 + (Q1 & mask) + c;
        c = carry(d1, Q1 & mask, s1);
        long s2 = d2 + (Q2 & mask) + c;
        c = carry(d2, Q2 & mask, s2);
        r[ro] = s0;
        r[ro + 1] = s1;
        r[ro + 2] = s2;
        r[ro + 3] = d3 + (Q3 & mask) + c;
    }

    /** Loads 32 big-endian bytes, any value below 2^256, reduced modulo q (one conditional subtraction). */
    static void reduce(byte[] in, int inOffset, long[] out, int offset) {
        subtractIfAtLeastQ(
                load(in, inOffset + 24),
                load(in, inOffset + 16),
                load(in, inOffset + 8),
                load(in, inOffset),
                0,
                out,
                offset);
    }

    /** Loads a canonical 32-byte big-endian encoding (public data: throws for a value not below q). */
    static void decode(byte[] in, int inOffset, long[] out, int offset) throws InvalidEncodingException {
        if (!isCanonical(in, inOffset)) {
            throw new InvalidEncodingException("scalar is not below the group order");
        }
        out[offset] = load(in, inOffset + 24);
        out[offset + 1] = load(in, inOffset + 16);
        out[offset + 2] = load(in, inOffset + 8);
        out[offset + 3] = load(in, inOffset);
    }

    /** Whether the 32 big-endian bytes at {@code inOffset} encode a value below q. */
    static boolean isCanonical(byte[] in, int inOffset) {
        long w3 = load(in, inOffset);
        if (w3 != Q3) {
            return true; // Q3 is all ones: a smaller top word means a smaller value (public data, so a branch is fine)
        }
        long w0 = load(in, inOffset + 24);
        long w1 = load(in, inOffset + 16);
        long w2 = load(in, inOffset + 8);
        long b = borrow(w0, Q0, w0 - Q0);
        b = borrow(w1, Q1, w1 - Q1 - b);
        b = borrow(w2, Q2, w2 - Q2 - b);
        b = borrow(w3, Q3, w3 - Q3 - b);
        return b == 1;
    }

    /** Writes the value at {@code a[offset]} as 32 big-endian bytes. */
    static void encode(long[] a, int offset, byte[] out, int outOffset) {
        for (int w = 0; w < WORDS; w++) {
            BIG_ENDIAN_LONGS.set(out, outOffset + BYTES - 8 * (w + 1), a[offset + w]);
        }
    }

    static void fromScalar(Scalar scalar, long[] out, int offset) {
        byte[] bytes = scalar.toBytes();
        reduce(bytes, 0, out, offset);
        Arrays.fill(bytes, (byte) 0);
    }

    static Scalar toScalar(long[] a, int offset) {
        byte[] bytes = new byte[BYTES];
        encode(a, offset, bytes, 0);
        Scalar scalar = Secp256k1.FIELD.reduce(bytes);
        Arrays.fill(bytes, (byte) 0);
        return scalar;
    }

    /** {@code r = a & mask} word by word: a or zero, selected without branching. */
    static void select(long[] a, int ao, long mask, long[] r, int ro) {
        r[ro] = a[ao] & mask;
        r[ro + 1] = a[ao + 1] & mask;
        r[ro + 2] = a[ao + 2] & mask;
        r[ro + 3] = a[ao + 3] & mask;
    }

    private static long load(byte[] in, int offset) {
        return (long) BIG_ENDIAN_LONGS.get(in, offset);
    }
}
