package dev.custos.crypto.group.ed25519;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class Ed25519GroupProperties {
    private static final Ed25519Group GROUP = Ed25519Group.INSTANCE;
    private static final ScalarField FIELD = ScalarField.ED25519;

    @Provide
    Arbitrary<Scalar> scalars() {
        return Arbitraries.bigIntegers()
                .between(BigInteger.ZERO, FIELD.order().subtract(BigInteger.ONE))
                .edgeCases(edges -> edges.add(BigInteger.TWO.pow(252))
                        .add(BigInteger.TWO.pow(252).subtract(BigInteger.ONE)))
                .map(FIELD::of);
    }

    private static Element element(Scalar k) {
        return GROUP.multiplyGenerator(k);
    }

    @Property(tries = 40)
    void multiplyGenerator_matchesReferenceModel(@ForAll("scalars") Scalar k) {
        Element element = GROUP.multiplyGenerator(k);
        if (k.isZero()) {
            assertThat(element.isIdentity()).isTrue();
            return;
        }
        ReferenceEdwards.Point expected = ReferenceEdwards.multiply(k.toBigInteger(), ReferenceEdwards.BASE);
        assertThat(element.encode()).isEqualTo(ReferenceEdwards.encode(expected));
    }

    @Property(tries = 40)
    void multiply_agreesWithMultiplyGenerator(@ForAll("scalars") Scalar k) {
        assertThat(GROUP.generator().multiplyPublic(k)).isEqualTo(GROUP.multiplyGenerator(k));
    }

    @Property(tries = 25)
    void multiply_composes(@ForAll("scalars") Scalar k, @ForAll("scalars") Scalar m) {
        Element mG = GROUP.multiplyGenerator(m);
        assertThat(mG.multiplyPublic(k)).isEqualTo(GROUP.multiplyGenerator(k.multiply(m)));
    }

    @Property(tries = 25)
    void multiply_arbitraryPoint_matchesReferenceModel(@ForAll("scalars") Scalar k, @ForAll("scalars") Scalar m) {
        if (m.isZero()) {
            return;
        }
        Element point = GROUP.multiplyGenerator(m);
        ReferenceEdwards.Point referencePoint = ReferenceEdwards.multiply(m.toBigInteger(), ReferenceEdwards.BASE);
        ReferenceEdwards.Point expected = ReferenceEdwards.multiply(k.toBigInteger(), referencePoint);
        Element actual = point.multiplyPublic(k);
        if (expected.equals(ReferenceEdwards.IDENTITY)) {
            assertThat(actual.isIdentity()).isTrue();
        } else {
            assertThat(actual.encode()).isEqualTo(ReferenceEdwards.encode(expected));
        }
    }

    @Property(tries = 25)
    void multiplySecret_arbitraryPoint_matchesReferenceModel(@ForAll("scalars") Scalar k, @ForAll("scalars") Scalar m) {
        if (m.isZero()) {
            return;
        }
        Element point = GROUP.multiplyGenerator(m);
        ReferenceEdwards.Point referencePoint = ReferenceEdwards.multiply(m.toBigInteger(), ReferenceEdwards.BASE);
        ReferenceEdwards.Point expected = ReferenceEdwards.multiply(k.toBigInteger(), referencePoint);
        Element actual = point.multiplySecret(k);
        if (expected.equals(ReferenceEdwards.IDENTITY)) {
            assertThat(actual.isIdentity()).isTrue();
            assertThatThrownBy(() -> point.secretProductDigest(k)).isInstanceOf(IllegalStateException.class);
        } else {
            assertThat(actual.encode()).isEqualTo(ReferenceEdwards.encode(expected));
            assertThat(point.secretProductDigest(k)).isEqualTo(sha256(ReferenceEdwards.encode(expected)));
        }
    }

    @Property(tries = 30)
    void add_isAssociativeAndCommutative(
            @ForAll("scalars") Scalar a, @ForAll("scalars") Scalar b, @ForAll("scalars") Scalar c) {
        Element p = element(a);
        Element q = element(b);
        Element r = element(c);
        assertThat(p.add(q).add(r)).isEqualTo(p.add(q.add(r)));
        assertThat(p.add(q)).isEqualTo(q.add(p)).hasSameHashCodeAs(q.add(p));
        assertThat(p.add(q)).isEqualTo(element(a.add(b)));
    }

    @Property(tries = 30)
    void add_matchesReferenceModel(@ForAll("scalars") Scalar a, @ForAll("scalars") Scalar b) {
        if (a.isZero() || b.isZero() || a.add(b).isZero()) {
            return;
        }
        ReferenceEdwards.Point p = ReferenceEdwards.decode(element(a).encode()).orElseThrow();
        ReferenceEdwards.Point q = ReferenceEdwards.decode(element(b).encode()).orElseThrow();
        assertThat(element(a).add(element(b)).encode()).isEqualTo(ReferenceEdwards.encode(ReferenceEdwards.add(p, q)));
        assertThat(element(a).add(element(a)).encode()).isEqualTo(ReferenceEdwards.encode(ReferenceEdwards.add(p, p)));
    }

    @Property(tries = 30)
    void negate_andSubtract_areInverses(@ForAll("scalars") Scalar a, @ForAll("scalars") Scalar b) {
        Element p = element(a);
        Element q = element(b);
        assertThat(p.add(p.negate()).isIdentity()).isTrue();
        assertThat(p.subtract(p).isIdentity()).isTrue();
        assertThat(p.subtract(q)).isEqualTo(p.add(q.negate())).isEqualTo(element(a.subtract(b)));
        assertThat(p.negate()).isEqualTo(element(a.negate()));
        assertThat(p.add(GROUP.identity())).isEqualTo(p);
    }

    @Property(tries = 30)
    void encode_decode_roundTrips(@ForAll("scalars") Scalar a) throws InvalidEncodingException {
        if (a.isZero()) {
            return;
        }
        Element p = element(a);
        Element decoded = GROUP.decode(p.encode());
        assertThat(decoded).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(decoded.encode()).isEqualTo(p.encode());
    }

    @Property(tries = 10)
    void multiScalarMultiply_equalsNaiveSum(
            @ForAll @IntRange(min = 1, max = 12) int count, @ForAll("scalars") Scalar seed) {
        List<Scalar> scalars = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        Element naive = GROUP.identity();
        Scalar current = seed;
        for (int i = 0; i < count; i++) {
            Scalar k = current;
            Element point = element(current.multiply(current).add(FIELD.of(i + 2)));
            scalars.add(k);
            elements.add(point);
            naive = naive.add(point.multiplySecret(k));
            current = current.multiply(FIELD.of(0x1234567)).add(FIELD.of(i));
        }
        assertThat(GROUP.multiScalarMultiply(scalars, elements)).isEqualTo(naive);
    }

    @Property(tries = 20)
    void multiScalarMultiply_twoTerms_matchesSeparateProducts(
            @ForAll("scalars") Scalar k1, @ForAll("scalars") Scalar k2, @ForAll("scalars") Scalar m) {
        Element p = GROUP.generator();
        Element q = element(m);
        Element expected = p.multiplySecret(k1).add(q.multiplySecret(k2));
        assertThat(GROUP.multiScalarMultiply(List.of(k1, k2), List.of(p, q))).isEqualTo(expected);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
