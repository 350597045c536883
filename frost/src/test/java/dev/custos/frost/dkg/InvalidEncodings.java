package dev.custos.frost.dkg;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Encodings of points that strict decoding must refuse, computed here with plain integer arithmetic (not with the code
 * under test).
 */
public final class InvalidEncodings {
    private static final BigInteger SECP256K1_P =
            new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F", 16);
    private static final BigInteger ED25519_P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

    private InvalidEncodings() {}

    /** {@code 02 || x} for the smallest x whose {@code x^3 + 7} is not a square mod p: not on the curve. */
    public static byte[] secp256k1OffCurve() {
        BigInteger exponent = SECP256K1_P.subtract(BigInteger.ONE).shiftRight(1);
        for (BigInteger x = BigInteger.ONE; ; x = x.add(BigInteger.ONE)) {
            BigInteger rhs = x.pow(3).add(BigInteger.valueOf(7)).mod(SECP256K1_P);
            if (rhs.modPow(exponent, SECP256K1_P).equals(SECP256K1_P.subtract(BigInteger.ONE))) {
                byte[] encoding = new byte[33];
                encoding[0] = 0x02;
                byte[] raw = x.toByteArray();
                System.arraycopy(raw, 0, encoding, 33 - raw.length, raw.length);
                return encoding;
            }
        }
    }

    /** {@code 02 || FF..FF}: an x coordinate above the field prime (non-canonical). */
    public static byte[] secp256k1NonCanonicalX() {
        byte[] encoding = new byte[33];
        Arrays.fill(encoding, (byte) 0xFF);
        encoding[0] = 0x02;
        return encoding;
    }

    /** The point {@code (0, -1)} of order 2, in the small-order subgroup of edwards25519. */
    public static byte[] ed25519OrderTwo() {
        return littleEndian(ED25519_P.subtract(BigInteger.ONE));
    }

    /**
     * {@code P + (0, -1) = (-x, -y)} for the point P encoded by {@code valid}: on the curve, but of order {@code 2 *
     * l}, so outside the prime-order subgroup.
     */
    public static byte[] ed25519MixedOrder(byte[] valid) {
        byte[] bigEndian = valid.clone();
        boolean xNegative = (bigEndian[31] & 0x80) != 0;
        bigEndian[31] &= 0x7F;
        reverse(bigEndian);
        BigInteger y = new BigInteger(1, bigEndian);
        byte[] encoding = littleEndian(ED25519_P.subtract(y).mod(ED25519_P));
        if (!xNegative) {
            encoding[31] |= (byte) 0x80;
        }
        return encoding;
    }

    private static byte[] littleEndian(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        reverse(out);
        return out;
    }

    private static void reverse(byte[] bytes) {
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }
}
