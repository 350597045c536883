package dev.custos.types;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of US dollars, exact: a non-negative decimal below 10^{@value #MAX_INTEGER_DIGITS} with at most
 * {@value #MAX_DECIMAL_PLACES} decimal places (the bounds keep sums of untrusted amounts cheap). Amounts in a chain's
 * own units are not USD amounts: they stay integers in the smallest unit (wei, satoshi).
 *
 * <p>Two amounts are equal when they are numerically equal ({@code 1.5} and {@code 1.50}). {@link #toDouble()} is the
 * nearest {@code double}, for statistics, CEL and JSON output; an amount made by {@link #ofDouble} gives back exactly
 * that double.
 */
public record UsdAmount(BigDecimal value) implements Comparable<UsdAmount> {
    /** The most digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 30;
    /** The most digits after the decimal point (trailing zeros aside). */
    public static final int MAX_DECIMAL_PLACES = 30;

    public static final UsdAmount ZERO = new UsdAmount(BigDecimal.ZERO);

    /** Longer text is refused before it is parsed. */
    private static final int MAX_TEXT_LENGTH = 100;

    public UsdAmount {
        Objects.requireNonNull(value, "value is null");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a USD amount must not be negative: " + value.toPlainString());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(
                    "a USD amount must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (stripped.scale() > MAX_DECIMAL_PLACES) {
            throw new IllegalArgumentException(
                    "a USD amount must have at most " + MAX_DECIMAL_PLACES + " decimal places");
        }
    }

    /**
     * Parses a decimal number ({@code 1050}, {@code 0.35}, {@code 1.2e3}; surrounding whitespace is ignored).
     *
     * @throws IllegalArgumentException when {@code text} is not a decimal number or is out of range
     */
    public static UsdAmount parse(String text) {
        Objects.requireNonNull(text, "text is null");
        String digits = text.strip();
        if (digits.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("not a decimal number: longer than " + MAX_TEXT_LENGTH + " characters");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal number: '" + abbreviate(text) + "'", e);
        }
        return new UsdAmount(value);
    }

    /**
     * The amount a {@code double} stands for: the shortest decimal that reads back as the same double (what {@link
     * Double#toString(double)} prints), so {@code ofDouble(x).toDouble() == x}.
     *
     * @throws IllegalArgumentException when {@code value} is not finite, is negative or is out of range
     */
    public static UsdAmount ofDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a USD amount must be finite: " + value);
        }
        return new UsdAmount(BigDecimal.valueOf(value));
    }

    /** The exact sum. */
    public UsdAmount plus(UsdAmount other) {
        Objects.requireNonNull(other, "other is null");
        return new UsdAmount(value.add(other.value));
    }

    /** The nearest {@code double}. */
    public double toDouble() {
        return value.doubleValue();
    }

    @Override
    public int compareTo(UsdAmount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UsdAmount that && value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    /** The plain decimal, e.g. {@code 1050.25}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
