package dev.custos.crypto.vss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Interpolation against a polynomial evaluated with BigInteger arithmetic. */
class LagrangeProperties {
    record Case(ScalarField field, List<BigInteger> coefficients, List<BigInteger> ids, BigInteger point) {
        BigInteger evaluate(BigInteger x) {
            BigInteger result = BigInteger.ZERO;
            for (int j = coefficients.size() - 1; j >= 0; j--) {
                result = result.multiply(x).add(coefficients.get(j)).mod(field.order());
            }
            return result;
        }

        Map<Scalar, Scalar> points() {
            Map<Scalar, Scalar> points = new LinkedHashMap<>();
            for (BigInteger id : ids) {
                points.put(field.of(id), field.of(evaluate(id)));
            }
            return points;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(ScalarField.SECP256K1, ScalarField.ED25519).flatMap(field -> {
            Arbitrary<BigInteger> values = Arbitraries.bigIntegers()
                    .between(BigInteger.ZERO, field.order().subtract(BigInteger.ONE));
            Arbitrary<BigInteger> nonZero = Arbitraries.bigIntegers()
                    .between(BigInteger.ONE, field.order().subtract(BigInteger.ONE));
            return Arbitraries.integers()
                    .between(1, 6)
                    .flatMap(t -> Combinators.combine(
                                    values.list().ofSize(t),
                                    nonZero.list().ofSize(t).uniqueElements(),
                                    values)
                            .as((coefficients, ids, point) -> new Case(field, coefficients, ids, point)));
        });
    }

    @Property(tries = 100)
    void interpolateAtZero_recoversConstantTerm(@ForAll("cases") Case c) {
        assertThat(Lagrange.interpolateAtZero(c.points()).toBigInteger())
                .isEqualTo(c.coefficients().getFirst());
    }

    @Property(tries = 100)
    void interpolateAt_matchesEvaluation(@ForAll("cases") Case c) {
        assertThat(Lagrange.interpolateAt(c.field().of(c.point()), c.points()).toBigInteger())
                .isEqualTo(c.evaluate(c.point()));
    }

    @Property(tries = 100)
    void coefficients_weightSharesToValueAtPoint(@ForAll("cases") Case c) {
        Map<Scalar, Scalar> points = c.points();
        Scalar point = c.field().of(c.point());
        Scalar sum = c.field().zero();
        Scalar sumAtZero = c.field().zero();
        for (Map.Entry<Scalar, Scalar> entry : points.entrySet()) {
            sum = sum.add(Lagrange.coefficientAt(point, entry.getKey(), points.keySet())
                    .multiply(entry.getValue()));
            sumAtZero = sumAtZero.add(
                    Lagrange.coefficientAtZero(entry.getKey(), points.keySet()).multiply(entry.getValue()));
        }
        assertThat(sum.toBigInteger()).isEqualTo(c.evaluate(c.point()));
        assertThat(sumAtZero.toBigInteger()).isEqualTo(c.coefficients().getFirst());
    }
}
