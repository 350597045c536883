package dev.custos.crypto.scalar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Limb arithmetic against BigInteger arithmetic modulo q, for both fields, with the edge values 0, 1, q-1 mixed in. */
class ScalarArithmeticProperties {
    private static final List<ScalarField> FIELDS = List.of(ScalarField.SECP256K1, ScalarField.ED25519);

    record Operands(ScalarField field, BigInteger a, BigInteger b) {
        Scalar left() {
            return field.of(a);
        }

        Scalar right() {
            return field.of(b);
        }

        BigInteger q() {
            return field.order();
        }
    }

    @Provide
    Arbitrary<Operands> operands() {
        return Arbitraries.of(FIELDS)
                .flatMap(field ->
                        Combinators.combine(values(field), values(field)).as((a, b) -> new Operands(field, a, b)));
    }

    static Arbitrary<BigInteger> values(ScalarField field) {
        BigInteger q = field.order();
        Arbitrary<BigInteger> edges = Arbitraries.of(
                BigInteger.ZERO,
                BigInteger.ONE,
                BigInteger.TWO,
                q.subtract(BigInteger.ONE),
                q.subtract(BigInteger.TWO),
                q.shiftRight(1),
                BigInteger.ONE.shiftLeft(64),
                BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
        Arbitrary<BigInteger> uniform = Arbitraries.bigIntegers().between(BigInteger.ZERO, q.subtract(BigInteger.ONE));
        return Arbitraries.frequencyOf(Tuple.of(1, edges), Tuple.of(3, uniform));
    }

    @Property(tries = 400)
    void add_matchesBigInteger(@ForAll("operands") Operands op) {
        assertThat(op.left().add(op.right()).toBigInteger())
                .isEqualTo(op.a().add(op.b()).mod(op.q()));
    }

    @Property(tries = 400)
    void subtract_matchesBigInteger(@ForAll("operands") Operands op) {
        assertThat(op.left().subtract(op.right()).toBigInteger())
                .isEqualTo(op.a().subtract(op.b()).mod(op.q()));
    }

    @Property(tries = 400)
    void multiply_matchesBigInteger(@ForAll("operands") Operands op) {
        assertThat(op.left().multiply(op.right()).toBigInteger())
                .isEqualTo(op.a().multiply(op.b()).mod(op.q()));
    }

    @Property(tries = 200)
    void negate_matchesBigInteger(@ForAll("operands") Operands op) {
        assertThat(op.left().negate().toBigInteger()).isEqualTo(op.a().negate().mod(op.q()));
    }

    @Property(tries = 100)
    void invert_matchesModInverse(@ForAll("operands") Operands op) {
        if (op.a().signum() == 0) {
            return;
        }
        BigInteger expected = op.a().modInverse(op.q());
        assertThat(op.left().invert().toBigInteger()).isEqualTo(expected);
        assertThat(op.left().invertVariableTime().toBigInteger()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void encoding_roundTripsAndMatchesByteOrder(@ForAll("operands") Operands op) throws Exception {
        Scalar scalar = op.left();
        byte[] encoded = scalar.toBytes();
        byte[] bigEndian = encoded.clone();
        if (op.field().byteOrder() == ByteOrder.LITTLE_ENDIAN) {
            ScalarField.reverse(bigEndian);
        }
        assertThat(encoded).hasSize(32);
        assertThat(new BigInteger(1, bigEndian)).isEqualTo(op.a());
        assertThat(op.field().decode(encoded)).isEqualTo(scalar);
    }

    @Property(tries = 200)
    void equalsAndHashCode_followTheValue(@ForAll("operands") Operands op) {
        Scalar left = op.left();
        Scalar right = op.right();
        assertThat(left.equals(right)).isEqualTo(op.a().equals(op.b()));
        assertThat(left)
                .isEqualTo(op.field().of(op.a()))
                .hasSameHashCodeAs(op.field().of(op.a()));
        assertThat(left.isZero()).isEqualTo(op.a().signum() == 0);
    }

    @Property(tries = 200)
    void ofLong_matchesBigIntegerMod(@ForAll long value, @ForAll("fields") ScalarField field) {
        assertThat(field.of(value).toBigInteger())
                .isEqualTo(BigInteger.valueOf(value).mod(field.order()));
    }

    @Property(tries = 300)
    void reduce_matchesBigIntegerMod(@ForAll("hashLikeBytes") byte[] bytes, @ForAll("fields") ScalarField field) {
        byte[] bigEndian = bytes.clone();
        if (field.byteOrder() == ByteOrder.LITTLE_ENDIAN) {
            ScalarField.reverse(bigEndian);
        }
        BigInteger expected = new BigInteger(1, bigEndian).mod(field.order());
        assertThat(field.reduce(bytes).toBigInteger()).isEqualTo(expected);
    }

    @Property(tries = 50)
    void invertAll_matchesSingleInversions(@ForAll("nonZeroLists") List<Scalar> scalars) {
        BigInteger q = scalars.getFirst().field().order();
        List<Scalar> inverses = scalars.getFirst().field().invertAll(scalars);
        assertThat(inverses).hasSameSizeAs(scalars);
        for (int i = 0; i < scalars.size(); i++) {
            assertThat(inverses.get(i).toBigInteger())
                    .isEqualTo(scalars.get(i).toBigInteger().modInverse(q));
        }
    }

    @Provide
    Arbitrary<List<Scalar>> nonZeroLists() {
        return Arbitraries.of(FIELDS)
                .flatMap(field -> values(field)
                        .filter(value -> value.signum() != 0)
                        .map(field::of)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(8));
    }

    @Provide
    Arbitrary<ScalarField> fields() {
        return Arbitraries.of(FIELDS);
    }

    /** 32-, 48- and 64-byte inputs (scalar encodings, hash_to_field, SHA-512) plus other lengths, with all-0xFF edges. */
    @Provide
    Arbitrary<byte[]> hashLikeBytes() {
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(32, 48, 64)),
                Tuple.of(1, Arbitraries.integers().between(0, 100)));
        return lengths.flatMap(length -> Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofSize(length),
                Arbitraries.just(filled(length, (byte) 0xFF)),
                Arbitraries.just(filled(length, (byte) 0))));
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
