package dev.custos.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsdAmountTest {
    @Test
    void parse_decimals_areExact() {
        assertThat(UsdAmount.parse("0.1").plus(UsdAmount.parse("0.2"))).isEqualTo(UsdAmount.parse("0.3"));
        assertThat(UsdAmount.parse(" 1050.25 ").value()).isEqualByComparingTo("1050.25");
        assertThat(UsdAmount.parse("1.2e3")).isEqualTo(UsdAmount.parse("1200"));
    }

    @Test
    void equals_sameNumberWithOtherScale_isEqual() {
        assertThat(UsdAmount.parse("1.5")).isEqualTo(UsdAmount.parse("1.50"));
        assertThat(UsdAmount.parse("1.5")).hasSameHashCodeAs(UsdAmount.parse("1.50"));
        assertThat(UsdAmount.parse("1.5")).isNotEqualTo(UsdAmount.parse("1.51"));
        assertThat(UsdAmount.parse("1.5")).isLessThan(UsdAmount.parse("1.51"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 2498.81, 1000.0, 123456.789, 1e21, 1e-7, 0.30000000000000004})
    void ofDouble_toDouble_givesBackTheSameDouble(double value) {
        UsdAmount amount = UsdAmount.ofDouble(value);
        assertThat(amount.toDouble()).isEqualTo(value);
        assertThat(amount.value()).isEqualTo(BigDecimal.valueOf(value));
    }

    @Test
    void toString_isThePlainDecimal() {
        assertThat(UsdAmount.ofDouble(1e21)).hasToString("1000000000000000000000");
        assertThat(UsdAmount.parse("12.50")).hasToString("12.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.01", "abc", "", "NaN", "Infinity", "0x10", "1,5", "12d"})
    void parse_notANonNegativeDecimal_isRefused(String text) {
        assertThatThrownBy(() -> UsdAmount.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_outOfRange_isRefusedBeforeAnyArithmetic() {
        assertThatThrownBy(() -> UsdAmount.parse("1e30")).hasMessageContaining("digits before the decimal point");
        assertThatThrownBy(() -> UsdAmount.parse("1e-31")).hasMessageContaining("decimal places");
        assertThatThrownBy(() -> UsdAmount.parse("1e1000000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UsdAmount.parse("1".repeat(101))).hasMessageContaining("longer than 100");
        assertThat(UsdAmount.parse("9".repeat(30) + "." + "9".repeat(30))
                        .value()
                        .precision())
                .isEqualTo(60);
        assertThat(UsdAmount.parse("1.000000000000000000000000000000000000000")).isEqualTo(UsdAmount.parse("1"));
    }

    @Test
    void ofDouble_notFiniteOrNegative_isRefused() {
        assertThatThrownBy(() -> UsdAmount.ofDouble(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UsdAmount.ofDouble(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UsdAmount.ofDouble(-0.5)).hasMessageContaining("negative");
    }
}
