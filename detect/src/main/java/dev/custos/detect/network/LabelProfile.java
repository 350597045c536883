package dev.custos.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;

/**
 * What the DNS names below registered domains usually look like for one host or one peer group: decayed first and
 * second moments of the names' character entropy and longest label (about the last {@value #MEMORY} names), and the
 * typical number of unique names per registered domain and window (an exponential moving average of closed windows).
 * Learned from closed windows that raised no finding, so a tunnel does not teach its own shape.
 */
final class LabelProfile {
    /** About how many names the moments remember: beyond this the sums are scaled down (older names fade). */
    static final double MEMORY = 2_000;
    /** The weight of one closed window in the typical unique count. */
    static final double TYPICAL_WEIGHT = 0.02;

    private double names;
    private double entropySum;
    private double entropySquares;
    private double longestSum;
    private double longestSquares;
    private double typical = 1;
    private long windows;

    /** Learns one closed window's names. */
    void learn(DnsWindows.Window window) {
        int count = window.unique.size();
        if (count == 0) {
            return;
        }
        names += count;
        entropySum += window.entropySum;
        entropySquares += window.entropySquares;
        longestSum += window.longestSum;
        longestSquares += window.longestSquares;
        if (names > MEMORY) {
            double scale = MEMORY / names;
            names = MEMORY;
            entropySum *= scale;
            entropySquares *= scale;
            longestSum *= scale;
            longestSquares *= scale;
        }
        typical = Math.max(1, (1 - TYPICAL_WEIGHT) * typical + TYPICAL_WEIGHT * count);
        windows++;
    }

    /** The decayed number of names learned. */
    double names() {
        return names;
    }

    /** The typical number of unique names per registered domain and window (at least 1). */
    double typical() {
        return typical;
    }

    /** How many closed windows were learned. */
    long windows() {
        return windows;
    }

    /**
     * This profile's reference, shrunk towards {@code parent} with the weight of {@code strength} names: the means are
     * the weighted means, the variances the weighted within-profile variances (a host whose names all look alike and a
     * parent of other names do not make a wide mixture that hides a tunnel); with no names it is the parent, with many
     * it is the profile's own; deviations never below the floors of {@link LabelReference}.
     */
    LabelReference reference(LabelReference parent, double strength, String basis) {
        double weight = names + strength;
        double ownEntropyMean = names == 0 ? 0 : entropySum / names;
        double ownLongestMean = names == 0 ? 0 : longestSum / names;
        double ownEntropyVariance = names == 0 ? 0 : Math.max(0, entropySquares / names - square(ownEntropyMean));
        double ownLongestVariance = names == 0 ? 0 : Math.max(0, longestSquares / names - square(ownLongestMean));
        double entropyMean = (entropySum + strength * parent.entropyMean()) / weight;
        double longestMean = (longestSum + strength * parent.longestMean()) / weight;
        double entropyVariance = (names * ownEntropyVariance + strength * square(parent.entropyDeviation())) / weight;
        double longestVariance = (names * ownLongestVariance + strength * square(parent.longestDeviation())) / weight;
        return new LabelReference(
                entropyMean,
                Math.max(LabelReference.ENTROPY_FLOOR, Math.sqrt(entropyVariance)),
                longestMean,
                Math.max(LabelReference.LONGEST_FLOOR, Math.sqrt(longestVariance)),
                names,
                basis);
    }

    private static double square(double value) {
        return value * value;
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("names", names).put("entropy_sum", entropySum).put("entropy_squares", entropySquares);
        node.put("longest_sum", longestSum).put("longest_squares", longestSquares);
        node.put("typical", typical).put("windows", windows);
        return node;
    }

    static LabelProfile fromState(JsonNode node) {
        LabelProfile profile = new LabelProfile();
        profile.names = StateJson.number(node, "names", 0);
        if (profile.names > MEMORY) {
            throw new InvalidStateException("names is above " + MEMORY);
        }
        profile.entropySum = StateJson.number(node, "entropy_sum", 0);
        profile.entropySquares = StateJson.number(node, "entropy_squares", 0);
        profile.longestSum = StateJson.number(node, "longest_sum", 0);
        profile.longestSquares = StateJson.number(node, "longest_squares", 0);
        profile.typical = StateJson.number(node, "typical", 1);
        profile.windows = StateJson.count(node, "windows");
        return profile;
    }
}
