package dev.custos.crypto.group.secp256k1;

import fr.acinq.secp256k1.Secp256k1;
import fr.acinq.secp256k1.Secp256k1Exception;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * libsecp256k1 (through the secp256k1-kmp JNI bindings) on 65-byte uncompressed points.
 *
 * <p>{@code pubkeyCreate} and {@code pubKeyTweakMul} are libsecp256k1's constant-time {@code ecmult_gen} and
 * {@code ecmult_const}. The library cannot represent the identity: it rejects zero tweaks and fails when a sum is the
 * identity, so callers exclude those cases (see {@link PointArithmetic}).
 */
final class NativeArithmetic implements PointArithmetic {
    private static final byte[] GENERATOR_UNCOMPRESSED = HexFormat.of()
            .parseHex("0479BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798"
                    + "483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8");

    private final Secp256k1 library;

    private NativeArithmetic(Secp256k1 library) {
        this.library = library;
    }

    /**
     * Loads the native library and checks that {@code 1 * G} is the generator.
     *
     * @throws LinkageError or RuntimeException if the library cannot be loaded on this platform
     */
    static NativeArithmetic load() {
        Secp256k1 library = Secp256k1.Companion.get();
        byte[] one = new byte[PointEncoding.COORDINATE_LENGTH];
        one[one.length - 1] = 1;
        if (!Arrays.equals(library.pubkeyCreate(one), GENERATOR_UNCOMPRESSED)) {
            throw new IllegalStateException("libsecp256k1 self-test failed: 1 * G is not the generator");
        }
        return new NativeArithmetic(library);
    }

    @Override
    public byte[] multiplyGenerator(byte[] scalar) {
        return library.pubkeyCreate(scalar);
    }

    @Override
    public byte[] multiply(byte[] point, byte[] scalar) {
        return library.pubKeyTweakMul(point, scalar);
    }

    @Override
    public byte[] add(byte[] a, byte[] b) {
        return library.pubKeyCombine(new byte[][] {a, b});
    }

    @Override
    public byte[] decompress(byte[] compressed) {
        try {
            return library.pubkeyParse(compressed);
        } catch (Secp256k1Exception notOnCurve) {
            return null;
        }
    }

    @Override
    public byte[] multiScalarMultiply(byte[][] scalars, byte[][] points) {
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
