package dev.custos.policy.eval;

import dev.custos.types.UsdAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Derived USD values as {@link UsdAmount}s for the velocity tracker. */
final class UsdAmounts {
    /** The largest value kept: a payload moving more (say 2^256 − 1 token units) counts as this much. */
    static final BigDecimal CEILING =
            BigDecimal.TEN.pow(UsdAmount.MAX_INTEGER_DIGITS).subtract(BigDecimal.ONE);

    private UsdAmounts() {}

    /** {@code value} rounded up to the cent, capped at {@link #CEILING}. */
    static UsdAmount saturated(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.UP);
        return new UsdAmount(cents.min(CEILING));
    }
}
