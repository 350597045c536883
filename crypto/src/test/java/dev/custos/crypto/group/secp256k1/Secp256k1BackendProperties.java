package dev.custos.crypto.group.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Bouncy Castle and libsecp256k1 compute the same points; group laws hold in each backend. */
class Secp256k1BackendProperties {
    private static final ScalarField FIELD = ScalarField.SECP256K1;

    private static Secp256k1Group bouncyCastle() {
        return Secp256k1Group.withBackend(Secp256k1Backend.BOUNCY_CASTLE);
    }

    private static Secp256k1Group libsecp256k1() {
        Assume.that(Secp256k1Group.isNativeAvailable());
        return Secp256k1Group.withBackend(Secp256k1Backend.LIBSECP256K1);
    }

    @Provide
    Arbitrary<Scalar> scalars() {
        Arbitrary<Scalar> random =
                Arbitraries.bytes().array(byte[].class).ofSize(32).map(FIELD::reduce);
        Arbitrary<Scalar> edges = Arbitraries.of(FIELD.zero(), FIELD.one(), FIELD.of(2), FIELD.of(-1), FIELD.of(-2));
        return Arbitraries.frequencyOf(Tuple.of(9, random), Tuple.of(1, edges));
    }

    @Provide
    Arbitrary<List<Scalar>> scalarLists() {
        return scalars().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 40)
    void multiplyGenerator_backendsAgree(@ForAll("scalars") Scalar k) {
        assertThat(libsecp256k1().multiplyGenerator(k)).isEqualTo(bouncyCastle().multiplyGenerator(k));
    }

    @Property(tries = 30)
    void multiply_backendsAgree(@ForAll("scalars") Scalar k, @ForAll("scalars") Scalar m) {
        Secp256k1Element point = bouncyCastle().multiplyGenerator(m);
        Secp256k1Element onNative = libsecp256k1().identity().add(point);

        assertThat(onNative.multiplyPublic(k)).isEqualTo(point.multiplyPublic(k));
    }

    @Property(tries = 40)
    void add_backendsAgree(@ForAll("scalars") Scalar a, @ForAll("scalars") Scalar b) {
        Secp256k1Element left = bouncyCastle().multiplyGenerator(a);
        Secp256k1Element right = bouncyCastle().multiplyGenerator(b);
        Secp256k1Element nativeLeft = libsecp256k1().identity().add(left);

        Secp256k1Element sum = left.add(right);

        assertThat(nativeLeft.add(right)).isEqualTo(sum);
        assertThat(sum).isEqualTo(bouncyCastle().multiplyGenerator(a.add(b)));
    }

    @Property(tries = 15)
    void multiScalarMultiply_backendsAgree(
            @ForAll("scalarLists") List<Scalar> scalars, @ForAll @IntRange(min = 1, max = 1000) int seed) {
        List<Element> points = new ArrayList<>();
        for (int i = 0; i < scalars.size(); i++) {
            points.add(bouncyCastle().multiplyGenerator(FIELD.of((long) seed * 7919 + i)));
        }
        Element expected = bouncyCastle().identity();
        for (int i = 0; i < scalars.size(); i++) {
            expected = expected.add(points.get(i).multiplyPublic(scalars.get(i)));
        }

        assertThat(bouncyCastle().multiScalarMultiply(scalars, points)).isEqualTo(expected);
        assertThat(libsecp256k1().multiScalarMultiply(scalars, points)).isEqualTo(expected);
        assertThat(Secp256k1Group.withBackend(Secp256k1Backend.AUTO).multiScalarMultiply(scalars, points))
                .isEqualTo(expected);
    }

    @Property(tries = 20)
    void multiply_composes(@ForAll("scalars") Scalar k, @ForAll("scalars") Scalar m) {
        for (Secp256k1Group group : Secp256k1Groups.available()) {
            assertThat(group.multiplyGenerator(m).multiplyPublic(k)).isEqualTo(group.multiplyGenerator(k.multiply(m)));
        }
    }

    @Property(tries = 30)
    void decode_inverseOfEncode(@ForAll("scalars") Scalar k) throws InvalidEncodingException {
        Assume.that(!k.isZero());
        for (Secp256k1Group group : Secp256k1Groups.available()) {
            Secp256k1Element point = group.multiplyGenerator(k);
            assertThat(group.decode(point.encode())).isEqualTo(point);
            assertThat(group.decode(point.negate().encode())).isEqualTo(point.negate());
        }
    }
}
