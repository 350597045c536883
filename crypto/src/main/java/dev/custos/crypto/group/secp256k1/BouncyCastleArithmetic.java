package dev.custos.crypto.group.secp256k1;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.jspecify.annotations.Nullable;

/**
 * Pure-Java arithmetic on Bouncy Castle's custom secp256k1 curve.
 *
 * <p>Secret multiplications use Bouncy Castle's regular algorithms: a fixed-point comb (precomputed once for G) for
 * {@code k * G} and {@link ECAlgorithms#multiplySecret} (fixed-window signed digits with table lookups by masking) for
 * {@code k * P}, and the digest form hashes the latter's result. They are not guaranteed to be constant-time: the
 * scalar passes through {@link BigInteger}, and point addition has branches for special cases. Public multiplications
 * use the faster variable-time wNAF/GLV code of {@link ECPoint#multiply}.
 */
final class BouncyCastleArithmetic implements PointArithmetic {
    private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256k1");

    private final ECCurve curve = PARAMETERS.getCurve();
    private final ECPoint generator = PARAMETERS.getG();
    private final BigInteger order = PARAMETERS.getN();
    private final FixedPointCombMultiplier combMultiplier = new FixedPointCombMultiplier();

    @Override
    public byte @Nullable [] multiplyGenerator(byte[] scalar) {
        return toBytes(combMultiplier.multiply(generator, new BigInteger(1, scalar)));
    }

    @Override
    public byte @Nullable [] multiplyPublic(byte[] point, byte[] scalar) {
        return toBytes(toPoint(point).multiply(new BigInteger(1, scalar)));
    }

    @Override
    public byte @Nullable [] multiplySecret(byte[] point, byte[] scalar) {
        return toBytes(ECAlgorithms.multiplySecret(toPoint(point), new BigInteger(1, scalar), order));
    }

    @Override
    public byte[] secretProductDigest(byte[] point, byte[] scalar) {
        byte[] product = multiplySecret(point, scalar);
        if (product == null) {
            throw new IllegalStateException(
                    "the product of a non-zero scalar and a point of prime order is the identity");
        }
        byte[] compressed = PointEncoding.compress(product);
        try {
            return PointEncoding.sha256(compressed);
        } finally {
            Arrays.fill(product, (byte) 0);
            Arrays.fill(compressed, (byte) 0);
        }
    }

    @Override
    public byte @Nullable [] add(byte[] a, byte[] b) {
        return toBytes(toPoint(a).add(toPoint(b)));
    }

    @Override
    public byte @Nullable [] decompress(byte[] compressed) {
        ECPoint point;
        try {
            point = curve.decodePoint(compressed);
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
        return toBytes(point);
    }

    @Override
    public byte @Nullable [] multiScalarMultiply(byte[][] scalars, byte[][] points) {
        ECPoint[] bases = new ECPoint[points.length];
        BigInteger[] multipliers = new BigInteger[scalars.length];
        for (int i = 0; i < points.length; i++) {
            bases[i] = toPoint(points[i]);
            multipliers[i] = new BigInteger(1, scalars[i]);
        }
        return toBytes(ECAlgorithms.sumOfMultiplies(bases, multipliers));
    }

    /** Trusted input (our own affine points): no on-curve check. */
    private ECPoint toPoint(byte[] uncompressed) {
        int yOffset = 1 + PointEncoding.COORDINATE_LENGTH;
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, yOffset));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(uncompressed, yOffset, PointEncoding.UNCOMPRESSED_LENGTH));
        return curve.createPoint(x, y);
    }

    private static byte @Nullable [] toBytes(ECPoint point) {
        ECPoint affine = point.normalize();
        if (affine.isInfinity()) {
            return null;
        }
        return affine.getEncoded(false);
    }
}
