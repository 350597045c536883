package dev.custos.crypto.group.secp256k1;

import fr.acinq.secp256k1.Secp256k1;
import fr.acinq.secp256k1.Secp256k1Exception;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * libsecp256k1 (through the secp256k1-kmp JNI bindings) on 65-byte uncompressed points.
 *
 * <p>Which libsecp256k1 routine runs, and its timing:
 *
 * <ul>
 *   <li>{@code k * G}: {@code pubkeyCreate}, i.e. {@code secp256k1_ec_pubkey_create}, which runs the constant-time
 *       {@code ecmult_gen}.
 *   <li>{@code k * P}, public k: {@code pubKeyTweakMul}, i.e. {@code secp256k1_ec_pubkey_tweak_mul}, which runs
 *       {@code secp256k1_ecmult}: the <b>variable-time</b> Strauss wNAF with the GLV endomorphism that libsecp256k1 uses
 *       for verification. Public scalars only.
 *   <li>SHA-256 of the compressed {@code k * P}, secret k: {@code ecdh}, i.e. {@code secp256k1_ecdh} with its default
 *       hash function ({@code SHA-256(0x02 | (y & 1) || x)}), which runs the constant-time {@code ecmult_const}. It is
 *       the only route to {@code ecmult_const} that the bindings expose, and it returns only the hash.
 *   <li>{@code k * P} as a point, secret k: no constant-time native routine returns it, so this delegates to Bouncy
 *       Castle's {@code ECAlgorithms.multiplySecret} ({@link BouncyCastleArithmetic}).
 * </ul>
 *
 * <p>The library cannot represent the identity: it rejects zero tweaks and fails when a sum is the identity, so callers
 * exclude those cases (see {@link PointArithmetic}).
 */
final class NativeArithmetic implements PointArithmetic {
    private static final byte[] GENERATOR_UNCOMPRESSED = HexFormat.of()
            .parseHex("0479BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798"
                    + "483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8");

    private final Secp256k1 library;
    private final PointArithmetic secretMultiplier;

    private NativeArithmetic(Secp256k1 library, PointArithmetic secretMultiplier) {
        this.library = library;
        this.secretMultiplier = secretMultiplier;
    }

    /**
     * Loads the native library and checks that {@code 1 * G} is the generator. {@code secretMultiplier} computes
     * {@link #multiplySecret} (Bouncy Castle's constant-time ladder).
     *
     * @throws LinkageError or RuntimeException if the library cannot be loaded on this platform
     */
    static NativeArithmetic load(PointArithmetic secretMultiplier) {
        Secp256k1 library = Secp256k1.Companion.get();
        byte[] one = new byte[PointEncoding.COORDINATE_LENGTH];
        one[one.length - 1] = 1;
        if (!Arrays.equals(library.pubkeyCreate(one), GENERATOR_UNCOMPRESSED)) {
            throw new IllegalStateException("libsecp256k1 self-test failed: 1 * G is not the generator");
        }
        return new NativeArithmetic(library, secretMultiplier);
    }

    @Override
    public byte[] multiplyGenerator(byte[] scalar) {
        return library.pubkeyCreate(scalar);
    }

    /** Variable time ({@code secp256k1_ecmult}): public scalars only. */
    @Override
    public byte[] multiplyPublic(byte[] point, byte[] scalar) {
        return library.pubKeyTweakMul(point, scalar);
    }

    /** Bouncy Castle's constant-time ladder: libsecp256k1's {@code ecmult_const} is reachable only through ECDH. */
    @Override
    public byte @Nullable [] multiplySecret(byte[] point, byte[] scalar) {
        return secretMultiplier.multiplySecret(point, scalar);
    }

    /** {@code secp256k1_ecdh} ({@code ecmult_const}, then SHA-256 of the compressed point inside the library). */
    @Override
    public byte[] secretProductDigest(byte[] point, byte[] scalar) {
        return library.ecdh(scalar, point);
    }

    @Override
    public byte[] add(byte[] a, byte[] b) {
        return library.pubKeyCombine(new byte[][] {a, b});
    }

    @Override
    public byte @Nullable [] decompress(byte[] compressed) {
        try {
            return library.pubkeyParse(compressed);
        } catch (Secp256k1Exception notOnCurve) {
            return null;
        }
    }

    @Override
    public byte @Nullable [] multiScalarMultiply(byte[][] scalars, byte[][] points) {
        byte[][] products = new byte[points.length][];
        for (int i = 0; i < points.length; i++) {
            products[i] = library.pubKeyTweakMul(points[i], scalars[i]);
        }
        try {
            return library.pubKeyCombine(products);
        } catch (Secp256k1Exception identity) {
            // All terms are valid points, so combining fails only when the sum is the point at infinity.
            return null;
        }
    }
}
