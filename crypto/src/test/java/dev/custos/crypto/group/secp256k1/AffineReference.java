package dev.custos.crypto.group.secp256k1;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Textbook affine secp256k1 arithmetic with {@link BigInteger}, written independently of both backends, to compute
 * expected values in tests. {@code null} is the point at infinity. Slow and variable-time: tests only.
 */
record AffineReference(BigInteger x, BigInteger y) {
    static final BigInteger P = new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F", 16);
    static final BigInteger N = new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
    /** SEC 2 §2.4.1, G in uncompressed form. */
    static final AffineReference G = new AffineReference(
            new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
            new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));

    static AffineReference add(AffineReference a, AffineReference b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        BigInteger slope;
        if (a.x.equals(b.x)) {
            if (a.y.add(b.y).mod(P).signum() == 0) {
                return null;
            }
            BigInteger numerator = a.x.pow(2).multiply(BigInteger.valueOf(3));
            slope = numerator.multiply(a.y.shiftLeft(1).modInverse(P)).mod(P);
        } else {
            slope = b.y.subtract(a.y).multiply(b.x.subtract(a.x).modInverse(P)).mod(P);
        }
        BigInteger x = slope.pow(2).subtract(a.x).subtract(b.x).mod(P);
        BigInteger y = slope.multiply(a.x.subtract(x)).subtract(a.y).mod(P);
        return new AffineReference(x, y);
    }

    static AffineReference multiply(BigInteger k, AffineReference point) {
        AffineReference result = null;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            result = add(result, result);
            if (k.testBit(i)) {
                result = add(result, point);
            }
        }
        return result;
    }

    boolean isOnCurve() {
        return y.pow(2)
                        .subtract(x.pow(3))
                        .subtract(BigInteger.valueOf(7))
                        .mod(P)
                        .signum()
                == 0;
    }

    byte[] compressed() {
        return HexFormat.of().parseHex((y.testBit(0) ? "03" : "02") + hex32(x));
    }

    byte[] uncompressed() {
        return HexFormat.of().parseHex("04" + hex32(x) + hex32(y));
    }

    static String hex32(BigInteger value) {
        return String.format("%064x", value);
    }
}
