package dev.custos.detect.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class EvidenceTest {
    @Test
    void score_isSurpriseInDecades_oneInAThousandIs50() {
        assertThat(Evidence.score(1)).isZero();
        assertThat(Evidence.score(0.1)).isEqualTo(17);
        assertThat(Evidence.score(0.001)).isEqualTo(50);
        assertThat(Evidence.score(1e-6)).isEqualTo(100);
        assertThat(Evidence.score(1e-12)).isEqualTo(100);
        assertThat(Evidence.pValueOf(50)).isCloseTo(0.001, within(1e-9));
        assertThatThrownBy(() -> Evidence.score(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void fisher_ofTwoValues_isProductTimesOneMinusLogProduct() {
        double product = 0.01 * 0.02;
        assertThat(Evidence.fisher(0.01, 0.02)).isCloseTo(product * (1 - Math.log(product)), within(1e-12));
        assertThat(Evidence.fisher(0.3)).isCloseTo(0.3, within(1e-12));
        assertThat(Evidence.fisher(1, 1, 1)).isCloseTo(1, within(1e-12));
        assertThatThrownBy(() -> Evidence.fisher(0)).hasMessageContaining("(0, 1]");
    }

    @Test
    void poissonTail_matchesClosedForms() {
        // P(N >= 2 | mean 1) = 1 - e^-1 - e^-1
        assertThat(Evidence.poissonTail(1, 2)).isCloseTo(1 - 2 * Math.exp(-1), within(1e-12));
        // P(N >= 5 | mean 0.1) = sum_{k>=5} e^-0.1 0.1^k / k!
        double expected = 0;
        double factorial = 120;
        for (int k = 5; k < 30; k++) {
            expected += Math.exp(-0.1) * Math.pow(0.1, k) / factorial;
            factorial *= k + 1;
        }
        assertThat(Evidence.poissonTail(0.1, 5)).isCloseTo(expected, within(1e-15));
        assertThat(Evidence.poissonTail(3, 0)).isEqualTo(1);
        assertThat(Evidence.poissonTail(0, 1)).isZero();
    }

    @Test
    void rarity_ofANewValue_isTheGoodTuringMass() {
        // one value seen 99 times: a new value has p = 1 / 100
        assertThat(Evidence.rarity(0, 99, 1)).isCloseTo(0.01, within(1e-12));
        // the usual value is not surprising at all
        assertThat(Evidence.rarity(99, 99, 1)).isEqualTo(1);
    }

    @Test
    void normalTail_matchesTables() {
        assertThat(Evidence.normalTail(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Evidence.normalTail(1.959964)).isCloseTo(0.025, within(1e-7));
        assertThat(Evidence.normalTail(3)).isCloseTo(1.349898e-3, within(1e-7));
        assertThat(Evidence.normalTail(4)).isCloseTo(3.167124e-5, withinPercentage(1));
        assertThat(Evidence.normalTail(-1)).isCloseTo(1 - 0.1586553, within(1e-7));
    }
}
