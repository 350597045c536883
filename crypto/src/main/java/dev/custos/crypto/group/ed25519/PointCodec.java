package dev.custos.crypto.group.ed25519;

import dev.custos.crypto.InvalidEncodingException;
import org.bouncycastle.math.ec.rfc7748.X25519Field;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 8032 §5.1.2 encoding: the 255-bit little-endian y coordinate, with the low bit of x in the top bit of the last
 * byte. Decoding follows §5.1.3 and also rejects a y that is not below p; it checks only that the point is on the curve
 * (the group-level checks live in {@link Ed25519Group#decode(byte[])}).
 */
final class PointCodec {
    static final int LENGTH = 32;

    private PointCodec() {}

    /** The encoding of {@code point}, which may be the identity (0100..00). Constant time. */
    static byte[] encode(ExtendedPoint point) {
        int[] inverseZ = X25519Field.create();
        X25519Field.inv(point.z, inverseZ);
        int[] affineX = X25519Field.create();
        int[] affineY = X25519Field.create();
        X25519Field.mul(point.x, inverseZ, affineX);
        X25519Field.mul(point.y, inverseZ, affineY);
        X25519Field.normalize(affineX);
        X25519Field.normalize(affineY);
        byte[] encoding = new byte[LENGTH];
        X25519Field.encode(affineY, encoding, 0);
        encoding[LENGTH - 1] |= (byte) ((affineX[0] & 1) << 7);
        return encoding;
    }

    /**
     * Decodes a point on the curve. Variable time (encodings are public). The result may be the identity or have a
     * small-order component.
     */
    static ExtendedPoint decode(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null) {
            throw new InvalidEncodingException("edwards25519 element encoding is null");
        }
        if (encoding.length != LENGTH) {
            throw new InvalidEncodingException(
                    "edwards25519 element must be " + LENGTH + " bytes, got " + encoding.length);
        }
        if (!isBelowFieldPrime(encoding)) {
            throw new InvalidEncodingException("edwards25519 element is not canonical: y is not below p = 2^255 - 19");
        }
        int sign = (encoding[LENGTH - 1] >>> 7) & 1;
        int[] y = X25519Field.create();
        X25519Field.decode255(encoding, y);
        int[] x = recoverX(y);
        if (x == null) {
            throw new InvalidEncodingException("edwards25519 element is not on the curve: no x for this y");
        }
        X25519Field.normalize(x);
        if (X25519Field.isZeroVar(x) && sign == 1) {
            throw new InvalidEncodingException("edwards25519 element is not canonical: x = 0 with the sign bit set");
        }
        if ((x[0] & 1) != sign) {
            X25519Field.negate(x, x);
            X25519Field.normalize(x);
        }
        return ExtendedPoint.fromAffine(x, y);
    }

    /** An x with -x^2 + y^2 = 1 + d x^2 y^2, i.e. x^2 = (y^2 - 1) / (d y^2 + 1), or null if there is none. */
    static int @Nullable [] recoverX(int[] y) {
        int[] ySquared = X25519Field.create();
        X25519Field.sqr(y, ySquared);
        int[] numerator = Field25519.copyOf(ySquared);
        X25519Field.subOne(numerator);
        int[] denominator = X25519Field.create();
        X25519Field.mul(ySquared, Field25519.D, denominator);
        X25519Field.addOne(denominator);
        int[] x = X25519Field.create();
        return X25519Field.sqrtRatioVar(numerator, denominator, x) ? x : null;
    }

    /** Whether the low 255 bits, as an integer, are below p = 2^255 - 19 (little-endian ed ff .. ff 7f). */
    private static boolean isBelowFieldPrime(byte[] encoding) {
        if ((encoding[LENGTH - 1] & 0x7f) != 0x7f) {
            return true;
        }
        for (int i = LENGTH - 2; i >= 1; i--) {
            if ((encoding[i] & 0xff) != 0xff) {
                return true;
            }
        }
        return (encoding[0] & 0xff) < 0xed;
    }
}
