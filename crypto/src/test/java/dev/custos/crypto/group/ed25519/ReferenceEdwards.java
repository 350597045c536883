package dev.custos.crypto.group.ed25519;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A slow, obviously-correct model of edwards25519 in affine BigInteger coordinates, written straight from RFC 8032 §5.1
 * and independent of the production code (which uses Bouncy Castle's limbs and projective formulas). Tests compare the
 * two.
 */
final class ReferenceEdwards {
    static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P))
            .mod(P);
    static final BigInteger ORDER =
            BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    /** RFC 8032 §5.1: the base point, as decimal coordinates printed in the RFC. */
    static final Point BASE = new Point(
            new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202"),
            new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960"));

    static final Point IDENTITY = new Point(BigInteger.ZERO, BigInteger.ONE);

    private static final BigInteger SQRT_MINUS_ONE =
            BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);

    private ReferenceEdwards() {}

    record Point(BigInteger x, BigInteger y) {
        boolean isOnCurve() {
            BigInteger xx = x.multiply(x);
            BigInteger yy = y.multiply(y);
            BigInteger left = yy.subtract(xx).mod(P);
            BigInteger right = BigInteger.ONE.add(D.multiply(xx).multiply(yy)).mod(P);
            return left.equals(right);
        }
    }

    static Point add(Point a, Point b) {
        BigInteger product =
                D.multiply(a.x).multiply(b.x).multiply(a.y).multiply(b.y).mod(P);
        BigInteger x = a.x.multiply(b.y)
                .add(a.y.multiply(b.x))
                .multiply(BigInteger.ONE.add(product).modInverse(P));
        BigInteger y = a.y.multiply(b.y)
                .add(a.x.multiply(b.x))
                .multiply(BigInteger.ONE.subtract(product).mod(P).modInverse(P));
        return new Point(x.mod(P), y.mod(P));
    }

    static Point negate(Point a) {
        return new Point(a.x.negate().mod(P), a.y);
    }

    static Point multiply(BigInteger k, Point a) {
        Point result = IDENTITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            result = add(result, result);
            if (k.testBit(i)) {
                result = add(result, a);
            }
        }
        return result;
    }

    static byte[] encode(Point a) {
        byte[] bigEndian = a.y.toByteArray();
        byte[] encoding = new byte[32];
        for (int i = 0; i < bigEndian.length && i < 32; i++) {
            encoding[i] = bigEndian[bigEndian.length - 1 - i];
        }
        if (a.x.testBit(0)) {
            encoding[31] |= (byte) 0x80;
        }
        return encoding;
    }

    /** RFC 8032 §5.1.3 decoding with the canonical-y check; no subgroup or identity checks. */
    static Optional<Point> decode(byte[] encoding) {
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = encoding[31 - i];
        }
        boolean sign = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        BigInteger y = new BigInteger(1, bigEndian);
        if (y.compareTo(P) >= 0) {
            return Optional.empty();
        }
        BigInteger u = y.multiply(y).subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(y).multiply(y).add(BigInteger.ONE).mod(P);
        BigInteger xx = u.multiply(v.modInverse(P)).mod(P);
        BigInteger x = xx.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!x.multiply(x).mod(P).equals(xx)) {
            x = x.multiply(SQRT_MINUS_ONE).mod(P);
        }
        if (!x.multiply(x).mod(P).equals(xx)) {
            return Optional.empty();
        }
        if (x.signum() == 0 && sign) {
            return Optional.empty();
        }
        if (x.testBit(0) != sign) {
            x = P.subtract(x);
        }
        return Optional.of(new Point(x, y));
    }
}
