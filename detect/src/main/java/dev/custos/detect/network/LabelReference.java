package dev.custos.detect.network;

import java.util.Locale;

/**
 * The reference a DNS window's names are judged against: mean and deviation of the names' character entropy (bits
 * per character) and of their longest label (characters), learned from {@code names} names ({@code basis} says whose).
 *
 * @param entropyMean mean character entropy of a name below a registered domain
 * @param entropyDeviation its standard deviation, at least {@value #ENTROPY_FLOOR}
 * @param longestMean mean length of a name's longest label
 * @param longestDeviation its standard deviation, at least {@value #LONGEST_FLOOR}
 * @param names how many names the host's or group's own part was learned from (0 for the fixed reference)
 * @param basis whose history: {@code host}, {@code peer group}, {@code fixed}
 */
record LabelReference(
        double entropyMean,
        double entropyDeviation,
        double longestMean,
        double longestDeviation,
        double names,
        String basis) {
    /** The smallest deviation of the entropy a reference may have (a host whose names are all alike). */
    static final double ENTROPY_FLOOR = 0.35;
    /** The smallest deviation of the longest label a reference may have. */
    static final double LONGEST_FLOOR = 4;
    /**
     * The cold-start reference, for a host and peer group with no history: natural host names about 3.2 bits per
     * character (σ 0.35) with labels about 20 characters (σ 8); what the detector used for every host before it
     * learned.
     */
    static final LabelReference FIXED = new LabelReference(3.2, 0.35, 20, 8, 0, "fixed");

    LabelReference {
        if (!(entropyDeviation > 0)
                || !(longestDeviation > 0)
                || !Double.isFinite(entropyMean)
                || !Double.isFinite(longestMean)) {
            throw new IllegalArgumentException("a label reference needs finite means and positive deviations");
        }
        if (names < 0 || basis == null) {
            throw new IllegalArgumentException("a label reference needs a name count >= 0 and a basis");
        }
    }

    /** One line for an explanation. */
    String describe() {
        return String.format(
                Locale.ROOT,
                "%s reference from %.0f names: entropy %.2f ± %.2f bits/char, longest label %.1f ± %.1f",
                basis,
                names,
                entropyMean,
                entropyDeviation,
                longestMean,
                longestDeviation);
    }
}
