package dev.custos.detect.forest;

import java.util.List;
import java.util.Locale;

/**
 * The numeric features of a signing request that the forest sees.
 *
 * @param amountUsd the amount in USD (the forest sees {@code log10(1 + amount)})
 * @param balanceShare amount over the wallet's balance (0 when the balance is unknown), capped at 2
 * @param outflowShare the wallet's requested outflow over the last 24 h including this request, over its balance,
 *     capped at 5
 * @param hourOfDay the UTC hour, 0..23; the forest sees it on the circle ({@code sin} and {@code cos} of {@code 2π
 *     hour / 24}), so 23:00 and 00:00 are neighbours, not the two ends of a line
 */
public record TransactionFeatures(double amountUsd, double balanceShare, double outflowShare, int hourOfDay) {
    /** Feature names, in vector order. */
    public static final List<String> NAMES =
            List.of("amount_usd", "balance_share", "outflow_24h_share", "hour_utc_sin", "hour_utc_cos");

    public TransactionFeatures {
        if (!(amountUsd >= 0) || Double.isInfinite(amountUsd)) {
            throw new IllegalArgumentException("amountUsd must be finite and non-negative: " + amountUsd);
        }
        if (!(balanceShare >= 0) || !(outflowShare >= 0)) {
            throw new IllegalArgumentException("shares must be non-negative");
        }
        if (hourOfDay < 0 || hourOfDay > 23) {
            throw new IllegalArgumentException("hourOfDay must be in 0..23: " + hourOfDay);
        }
        balanceShare = Math.min(balanceShare, 2.0);
        outflowShare = Math.min(outflowShare, 5.0);
    }

    /** The point given to the forest. */
    public double[] vector() {
        return new double[] {Math.log10(1 + amountUsd), balanceShare, outflowShare, hourSine(), hourCosine()};
    }

    /** The raw value of feature {@code index}, formatted for explanations. */
    public String display(int index) {
        return switch (index) {
            case 0 -> String.format(Locale.ROOT, "%.2f", amountUsd);
            case 1 -> String.format(Locale.ROOT, "%.1f%%", balanceShare * 100);
            case 2 -> String.format(Locale.ROOT, "%.1f%%", outflowShare * 100);
            case 3, 4 -> String.format(Locale.ROOT, "%02d:00 UTC", hourOfDay);
            default -> throw new IllegalArgumentException("no feature " + index);
        };
    }

    private double hourSine() {
        return Math.sin(2 * Math.PI * hourOfDay / 24.0);
    }

    private double hourCosine() {
        return Math.cos(2 * Math.PI * hourOfDay / 24.0);
    }

    /** The raw value of feature {@code index}. */
    public double raw(int index) {
        return switch (index) {
            case 0 -> amountUsd;
            case 1 -> balanceShare;
            case 2 -> outflowShare;
            case 3 -> hourSine();
            case 4 -> hourCosine();
            default -> throw new IllegalArgumentException("no feature " + index);
        };
    }
}
