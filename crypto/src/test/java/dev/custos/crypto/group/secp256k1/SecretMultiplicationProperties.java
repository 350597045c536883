package dev.custos.crypto.group.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The secret-scalar operations ({@code multiplySecret}, {@code secretProductDigest}) compute the same values as the
 * public path and as the textbook reference, on every backend; the native digest ({@code secp256k1_ecdh}) is SHA-256 of
 * the compressed product.
 */
class SecretMultiplicationProperties {
    private static final ScalarField FIELD = ScalarField.SECP256K1;

    @Provide
    Arbitrary<Scalar> nonZeroScalars() {
        Arbitrary<Scalar> random = Arbitraries.bytes()
                .array(byte[].class)
                .ofSize(32)
                .map(FIELD::reduce)
                .filter(k -> !k.isZero());
        Arbitrary<Scalar> edges = Arbitraries.of(FIELD.one(), FIELD.of(2), FIELD.of(3), FIELD.of(-1), FIELD.of(-2));
        return Arbitraries.frequencyOf(Tuple.of(9, random), Tuple.of(1, edges));
    }

    @Property(tries = 25)
    void multiplySecret_matchesReferenceAndPublicPath(
            @ForAll("nonZeroScalars") Scalar k, @ForAll("nonZeroScalars") Scalar m) {
        AffineReference expected = AffineReference.multiply(
                k.toBigInteger(), AffineReference.multiply(m.toBigInteger(), AffineReference.G));
        for (Secp256k1Group group : Secp256k1Groups.available()) {
            Secp256k1Element point = group.multiplyGenerator(m);

            Secp256k1Element product = point.multiplySecret(k);

            assertThat(product.encodeUncompressed()).isEqualTo(expected.uncompressed());
            assertThat(product).isEqualTo(point.multiplyPublic(k));
        }
    }

    @Property(tries = 40)
    void secretProductDigest_isSha256OfCompressedProduct(
            @ForAll("nonZeroScalars") Scalar k, @ForAll("nonZeroScalars") Scalar m) {
        for (Secp256k1Group group : Secp256k1Groups.available()) {
            Secp256k1Element point = group.multiplyGenerator(m);

            byte[] digest = point.secretProductDigest(k);

            assertThat(digest).isEqualTo(sha256(point.multiplySecret(k).encode()));
            assertThat(digest).isEqualTo(point.multiplyPublic(k).encodingDigest());
        }
    }

    @Property(tries = 25)
    void secretProductDigest_nativeEcdhEqualsBouncyCastle(
            @ForAll("nonZeroScalars") Scalar k, @ForAll("nonZeroScalars") Scalar m) {
        Assume.that(Secp256k1Group.isNativeAvailable());
        Secp256k1Element onBouncyCastle =
                Secp256k1Group.withBackend(Secp256k1Backend.BOUNCY_CASTLE).multiplyGenerator(m);
        Secp256k1Element onNative = Secp256k1Group.withBackend(Secp256k1Backend.LIBSECP256K1)
                .identity()
                .add(onBouncyCastle);
        AffineReference reference = AffineReference.multiply(
                k.toBigInteger(), AffineReference.multiply(m.toBigInteger(), AffineReference.G));

        byte[] nativeDigest = onNative.secretProductDigest(k);

        assertThat(nativeDigest).isEqualTo(onBouncyCastle.secretProductDigest(k));
        assertThat(nativeDigest).isEqualTo(sha256(reference.compressed()));
    }

    @Property(tries = 10)
    void multiplySecret_identityOrZero_isIdentity(@ForAll("nonZeroScalars") Scalar k) {
        for (Secp256k1Group group : Secp256k1Groups.available()) {
            assertThat(group.identity().multiplySecret(k).isIdentity()).isTrue();
            assertThat(group.multiplyGenerator(k).multiplySecret(FIELD.zero()).isIdentity())
                    .isTrue();
        }
    }

    @Example
    void secretProductDigest_identityProduct_throws() {
        for (Secp256k1Group group : Secp256k1Groups.available()) {
            Secp256k1Element point = group.generator();
            assertThatThrownBy(() -> point.secretProductDigest(FIELD.zero()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("identity");
            assertThatThrownBy(() -> group.identity().secretProductDigest(FIELD.one()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("identity");
            assertThatThrownBy(() -> group.identity().encodingDigest()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Example
    void secretProductDigest_generatorTimesOne_isHashOfGeneratorEncoding() {
        for (Secp256k1Group group : Secp256k1Groups.available()) {
            assertThat(group.generator().secretProductDigest(FIELD.one()))
                    .isEqualTo(sha256(AffineReference.G.compressed()));
        }
    }

    @Example
    void multiplySecret_foreignScalar_throws() {
        for (Secp256k1Group group : Secp256k1Groups.available()) {
            assertThatThrownBy(() -> group.generator().multiplySecret(ScalarField.ED25519.one()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> group.generator().secretProductDigest(ScalarField.ED25519.one()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
