package dev.custos.crypto.vss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LagrangeTest {
    private static final ScalarField FIELD = ScalarField.ED25519;

    private static Scalar s(long value) {
        return FIELD.of(value);
    }

    /** For ids {1, 2, 3}: lambda_1 = 2*3/((2-1)(3-1)) = 3, lambda_2 = 1*3/((1-2)(3-2)) = -3, lambda_3 = 1*2/((1-3)(2-3)) = 1. */
    @Test
    void coefficientAtZero_smallIds_matchesHandComputation() {
        List<Scalar> ids = List.of(s(1), s(2), s(3));
        assertThat(Lagrange.coefficientAtZero(s(1), ids)).isEqualTo(s(3));
        assertThat(Lagrange.coefficientAtZero(s(2), ids)).isEqualTo(s(-3));
        assertThat(Lagrange.coefficientAtZero(s(3), ids)).isEqualTo(s(1));
    }

    /** lambda_1(4) over {1, 2} = (4-2)/(1-2) = -2; lambda_2(4) = (4-1)/(2-1) = 3. */
    @Test
    void coefficientAt_point_matchesHandComputation() {
        List<Scalar> ids = List.of(s(1), s(2));
        assertThat(Lagrange.coefficientAt(s(4), s(1), ids)).isEqualTo(s(-2));
        assertThat(Lagrange.coefficientAt(s(4), s(2), ids)).isEqualTo(s(3));
    }

    @Test
    void coefficientAtZero_singleId_isOne() {
        assertThat(Lagrange.coefficientAtZero(s(7), List.of(s(7)))).isEqualTo(FIELD.one());
    }

    /** f(x) = 5 + 2x + 3x^2: f(1) = 10, f(2) = 21, f(4) = 61. */
    @Test
    void interpolate_quadratic_recoversConstantAndOtherPoints() {
        Map<Scalar, Scalar> points = new LinkedHashMap<>();
        points.put(s(1), s(10));
        points.put(s(2), s(21));
        points.put(s(4), s(61));
        assertThat(Lagrange.interpolateAtZero(points)).isEqualTo(s(5));
        assertThat(Lagrange.interpolateAt(s(3), points)).isEqualTo(s(38));
    }

    @Test
    void coefficientAtZero_duplicateId_throws() {
        assertThatThrownBy(() -> Lagrange.coefficientAtZero(s(1), List.of(s(1), s(2), s(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identifier 2 is a duplicate");
    }

    @Test
    void coefficientAtZero_zeroId_throws() {
        assertThatThrownBy(() -> Lagrange.coefficientAtZero(s(1), List.of(s(1), FIELD.zero())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identifier 1 is zero");
    }

    @Test
    void coefficientAtZero_xiMissing_throws() {
        assertThatThrownBy(() -> Lagrange.coefficientAtZero(s(5), List.of(s(1), s(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xi is not among");
    }

    @Test
    void coefficientAtZero_emptyIds_throws() {
        assertThatThrownBy(() -> Lagrange.coefficientAtZero(s(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void coefficientAtZero_mixedFields_throws() {
        assertThatThrownBy(() -> Lagrange.coefficientAtZero(s(1), List.of(s(1), ScalarField.SECP256K1.of(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identifier 1");
    }

    @Test
    void interpolateAtZero_zeroId_throws() {
        assertThatThrownBy(() -> Lagrange.interpolateAtZero(Map.of(FIELD.zero(), s(3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is zero");
        assertThatThrownBy(() -> Lagrange.interpolateAtZero(Map.of())).hasMessageContaining("empty");
    }
}
