package dev.custos.crypto.group.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Secp256k1GroupTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final ScalarField FIELD = ScalarField.SECP256K1;
    /** SEC 2 §2.4.1, compressed form of G. */
    private static final String GENERATOR_COMPRESSED =
            "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
    /** 3G: the BIP340 test vector 0 public key (secret key 3), whose y is even. */
    private static final String THREE_G_X = "f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9";

    static List<Secp256k1Group> groups() {
        return Secp256k1Groups.available();
    }

    @ParameterizedTest
    @MethodSource("groups")
    void parameters_areSecp256k1(Secp256k1Group group) {
        assertThat(group.name()).isEqualTo("secp256k1");
        assertThat(group.elementLength()).isEqualTo(33);
        assertThat(group.scalarField()).isSameAs(ScalarField.SECP256K1);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void generator_encodesAsSec2Point(Secp256k1Group group) {
        assertThat(HEX.formatHex(group.generator().encode())).isEqualTo(GENERATOR_COMPRESSED);
        assertThat(group.generator().encodeUncompressed()).isEqualTo(AffineReference.G.uncompressed());
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiplyGenerator_smallMultiples_matchReference(Secp256k1Group group) {
        AffineReference twoG = AffineReference.add(AffineReference.G, AffineReference.G);
        AffineReference threeG = AffineReference.add(twoG, AffineReference.G);

        assertThat(group.multiplyGenerator(FIELD.of(2)).encodeUncompressed()).isEqualTo(twoG.uncompressed());
        assertThat(group.multiplyGenerator(FIELD.of(3)).encodeUncompressed()).isEqualTo(threeG.uncompressed());
        assertThat(HEX.formatHex(group.multiplyGenerator(FIELD.of(3)).encode())).isEqualTo("02" + THREE_G_X);
        assertThat(group.generator().add(group.generator())).isEqualTo(group.multiplyGenerator(FIELD.of(2)));
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiply_randomScalars_matchReference(Secp256k1Group group) {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 3; i++) {
            Scalar k = FIELD.randomNonZero(random);
            Scalar m = FIELD.randomNonZero(random);
            AffineReference base = AffineReference.multiply(m.toBigInteger(), AffineReference.G);
            AffineReference expected = AffineReference.multiply(k.toBigInteger(), base);

            Secp256k1Element point = group.multiplyGenerator(m);
            assertThat(point.encodeUncompressed()).isEqualTo(base.uncompressed());
            assertThat(point.multiplyPublic(k).encodeUncompressed()).isEqualTo(expected.uncompressed());
        }
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiplyGenerator_orderMinusOne_isNegatedGenerator(Secp256k1Group group) {
        Secp256k1Element minusG = group.multiplyGenerator(FIELD.of(-1));

        assertThat(minusG).isEqualTo(group.generator().negate());
        assertThat(minusG.xOnly()).isEqualTo(group.generator().xOnly());
        assertThat(minusG.hasEvenY()).isFalse();
        assertThat(group.generator().hasEvenY()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("groups")
    void add_pointAndNegation_isIdentity(Secp256k1Group group) {
        Secp256k1Element point = group.multiplyGenerator(FIELD.randomNonZero(new SecureRandom()));

        assertThat(point.add(point.negate()).isIdentity()).isTrue();
        assertThat(point.subtract(point)).isEqualTo(group.identity());
        assertThat(point.negate().negate()).isEqualTo(point);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void add_pointToItself_isDouble(Secp256k1Group group) {
        Scalar k = FIELD.randomNonZero(new SecureRandom());
        Secp256k1Element point = group.multiplyGenerator(k);

        assertThat(point.add(point)).isEqualTo(group.multiplyGenerator(k.add(k)));
    }

    @ParameterizedTest
    @MethodSource("groups")
    void identity_isNeutral(Secp256k1Group group) {
        Secp256k1Element point = group.multiplyGenerator(FIELD.randomNonZero(new SecureRandom()));
        Secp256k1Element identity = group.identity();

        assertThat(identity.isIdentity()).isTrue();
        assertThat(point.isIdentity()).isFalse();
        assertThat(identity.add(point)).isEqualTo(point);
        assertThat(point.add(identity)).isEqualTo(point);
        assertThat(identity.add(identity)).isEqualTo(identity);
        assertThat(identity.negate()).isEqualTo(identity);
        assertThat(identity.subtract(point)).isEqualTo(point.negate());
        assertThat(identity.multiplyPublic(FIELD.randomNonZero(new SecureRandom())))
                .isEqualTo(identity);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiply_zero_isIdentity(Secp256k1Group group) {
        Secp256k1Element point = group.multiplyGenerator(FIELD.randomNonZero(new SecureRandom()));

        assertThat(point.multiplyPublic(FIELD.zero()).isIdentity()).isTrue();
        assertThat(group.multiplyGenerator(FIELD.zero()).isIdentity()).isTrue();
        assertThat(point.multiplyPublic(FIELD.one())).isEqualTo(point);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiply_composition_isProduct(Secp256k1Group group) {
        SecureRandom random = new SecureRandom();
        Scalar k = FIELD.randomNonZero(random);
        Scalar m = FIELD.randomNonZero(random);

        assertThat(group.multiplyGenerator(m).multiplyPublic(k)).isEqualTo(group.multiplyGenerator(k.multiply(m)));
    }

    @ParameterizedTest
    @MethodSource("groups")
    void identity_hasNoEncodingOrCoordinates(Secp256k1Group group) {
        Secp256k1Element identity = group.identity();

        assertThatThrownBy(identity::encode).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(identity::encodeUncompressed).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(identity::xOnly).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(identity::hasEvenY).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiScalarMultiply_matchesReference(Secp256k1Group group) {
        Scalar a = FIELD.of(new BigInteger("1234567890123456789012345678901234567890"));
        Scalar b = FIELD.of(-7);
        Scalar c = FIELD.of(31337);
        Secp256k1Element p = group.multiplyGenerator(FIELD.of(11));
        Secp256k1Element q = group.multiplyGenerator(FIELD.of(13));
        Secp256k1Element r = group.multiplyGenerator(FIELD.of(17));
        BigInteger exponent = a.toBigInteger()
                .multiply(BigInteger.valueOf(11))
                .add(b.toBigInteger().multiply(BigInteger.valueOf(13)))
                .add(c.toBigInteger().multiply(BigInteger.valueOf(17)))
                .mod(AffineReference.N);

        Element sum = group.multiScalarMultiply(List.of(a, b, c), List.of(p, q, r));

        assertThat(((Secp256k1Element) sum).encodeUncompressed())
                .isEqualTo(AffineReference.multiply(exponent, AffineReference.G).uncompressed());
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiScalarMultiply_degenerateTerms(Secp256k1Group group) {
        Scalar k = FIELD.randomNonZero(new SecureRandom());
        Secp256k1Element point = group.multiplyGenerator(FIELD.randomNonZero(new SecureRandom()));

        assertThat(group.multiScalarMultiply(List.of(), List.of())).isEqualTo(group.identity());
        assertThat(group.multiScalarMultiply(List.of(k, k.negate()), List.of(point, point)))
                .isEqualTo(group.identity());
        assertThat(group.multiScalarMultiply(List.of(k, FIELD.zero(), k), List.of(point, point, group.identity())))
                .isEqualTo(point.multiplyPublic(k));
        assertThat(group.multiScalarMultiply(List.of(k), List.of(point))).isEqualTo(point.multiplyPublic(k));
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiScalarMultiply_countMismatch_throws(Secp256k1Group group) {
        assertThatThrownBy(() -> group.multiScalarMultiply(List.of(FIELD.one()), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in count");
    }

    @ParameterizedTest
    @MethodSource("groups")
    void multiply_scalarOfOtherField_throws(Secp256k1Group group) {
        assertThatThrownBy(() -> group.generator().multiplyPublic(ScalarField.ED25519.one()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edwards25519");
        assertThatThrownBy(() -> group.multiplyGenerator(ScalarField.ED25519.one()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elementsOfDifferentBackends_areEqual() {
        List<Secp256k1Group> groups = groups();
        Scalar k = FIELD.randomNonZero(new SecureRandom());
        Secp256k1Element first = groups.get(0).multiplyGenerator(k);

        for (Secp256k1Group group : groups) {
            Secp256k1Element point = group.multiplyGenerator(k);
            assertThat(point).isEqualTo(first).hasSameHashCodeAs(first);
            assertThat(group).isEqualTo(Secp256k1Group.instance());
            assertThat(point.add(first)).isEqualTo(first.add(point));
        }
    }

    @Test
    void toString_showsCompressedPoint() {
        Secp256k1Group group = Secp256k1Group.instance();

        assertThat(group.generator().toString()).contains(GENERATOR_COMPRESSED);
        assertThat(group.identity().toString()).contains("identity");
    }
}
