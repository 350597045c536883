package dev.custos.crypto.group.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Constants and small helpers over Bouncy Castle's arithmetic modulo p = 2^255 - 19 ({@link X25519Field}: ten signed
 * 25/26-bit limbs in an {@code int[]}).
 *
 * <p>Limb bounds: every value passed to {@code mul} or {@code sqr} here is either a {@code mul}/{@code sqr} output, a
 * carried or normalized value, or the sum or difference of two such values. Anything with more terms is carried first.
 */
final class Field25519 {
    /** The curve constant d = -121665 / 121666. */
    static final int[] D;

    /** 2d, used by the cached point forms. */
    static final int[] TWICE_D;

    static {
        int[] denominator = X25519Field.create();
        X25519Field.one(denominator);
        X25519Field.mul(denominator, 121666, denominator);
        int[] inverse = X25519Field.create();
        X25519Field.inv(denominator, inverse);
        int[] d = X25519Field.create();
        X25519Field.mul(inverse, 121665, d);
        X25519Field.negate(d, d);
        X25519Field.normalize(d);
        D = d;
        int[] twiceD = X25519Field.create();
        X25519Field.add(d, d, twiceD);
        X25519Field.normalize(twiceD);
        TWICE_D = twiceD;
    }

    private Field25519() {}

    static int[] copyOf(int[] value) {
        return value.clone();
    }

    static void copy(int[] source, int[] destination) {
        System.arraycopy(source, 0, destination, 0, X25519Field.SIZE);
    }

    static int[] fromInt(int value) {
        int[] result = X25519Field.create();
        X25519Field.one(result);
        X25519Field.mul(result, value, result);
        return result;
    }

    /** Whether {@code value} is zero modulo p, in constant time; {@code value} is not modified. */
    static boolean isZero(int[] value) {
        int[] normalized = value.clone();
        X25519Field.normalize(normalized);
        return X25519Field.isZero(normalized) != 0;
    }

    /** Whether {@code a == b} modulo p; the inputs are not modified. */
    static boolean areEqual(int[] a, int[] b) {
        int[] difference = X25519Field.create();
        X25519Field.sub(a, b, difference);
        return isZero(difference);
    }
}
