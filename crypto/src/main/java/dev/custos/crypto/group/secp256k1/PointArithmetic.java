package dev.custos.crypto.group.secp256k1;

import org.jspecify.annotations.Nullable;

/**
 * Curve arithmetic on points given as 65-byte uncompressed SEC1 encodings ({@code 0x04 || x || y}, affine).
 *
 * <p>Callers handle the identity and zero scalars themselves: every point argument is a valid non-identity point, every
 * scalar is a 32-byte big-endian integer in {@code [1, n)}. Results are new arrays, or {@code null} for the identity.
 */
interface PointArithmetic {
    /** {@code k * G}; must not depend on {@code k} in its timing. */
    byte @Nullable [] multiplyGenerator(byte[] scalar);

    /** {@code k * P} for a public k; may be variable-time. */
    byte @Nullable [] multiplyPublic(byte[] point, byte[] scalar);

    /** {@code k * P}; must not depend on {@code k} in its timing. */
    byte @Nullable [] multiplySecret(byte[] point, byte[] scalar);

    /**
     * SHA-256 of the 33-byte compressed encoding of {@code k * P} (never the identity: P is not, k is not zero, the
     * order is prime); must not depend on {@code k} in its timing.
     */
    byte[] secretProductDigest(byte[] point, byte[] scalar);

    /** {@code a + b}; the caller guarantees {@code a != -b}. */
    byte @Nullable [] add(byte[] a, byte[] b);

    /**
     * The point with the given compressed encoding, whose prefix (0x02/0x03) and x coordinate ({@code x < p}) the caller
     * has checked; {@code null} if x is not the abscissa of a curve point.
     */
    byte @Nullable [] decompress(byte[] compressed);

    /** {@code sum(scalars[i] * points[i])} for public inputs, at least one term; may be variable-time. */
    byte @Nullable [] multiScalarMultiply(byte[][] scalars, byte[][] points);
}
