package dev.custos.detect.explain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings on one request that measure the same thing are one piece of evidence, not several: the amount outlier,
 * the share of balance, the 24-hour velocity, the wallet's outflow against its own history, the young-wallet prior and
 * the forest all say "this is big for this wallet", so within such a group only the strongest counts, at the signing
 * gate and in an identity's accumulated risk alike. Groups are then combined as independent evidence ({@link
 * #combine}). A detector not listed is a group of its own. (The names are the detectors' own; {@code
 * EvidenceGroupsTest} checks them against the detectors' constants.)
 */
public final class EvidenceGroups {
    /** The size of the movement against the wallet's history and balance. */
    public static final String SIZE = "size";

    /** The detectors of the {@link #SIZE} group. */
    public static final List<String> SIZE_DETECTORS = List.of(
            "amount_outlier",
            "balance_share",
            "outflow_velocity",
            "young_wallet_prior",
            "rcf_transaction",
            "wallet_outflow");

    private EvidenceGroups() {}

    /** The group a detector's findings belong to. */
    public static String groupOf(String detector) {
        return SIZE_DETECTORS.contains(detector) ? SIZE : detector;
    }

    /**
     * A request's own risk: the strongest finding of each group, each read as the p-value its score stands for
     * ({@code dev.custos.detect.calibration.Evidence}: 50 is 1 in 1,000, each 50/3 points a decade), the groups
     * combined by Fisher's method, and never below the strongest group: two independent 1-in-300 surprises make
     * about a 1-in-9,000 one, while an unsurprising finding next to a strong one neither adds nor (as Fisher's method
     * alone would let it) takes away.
     */
    public static double combine(List<Finding> findings) {
        Map<String, Integer> strongest = new TreeMap<>();
        for (Finding finding : findings) {
            strongest.merge(groupOf(finding.detector()), finding.score(), Math::max);
        }
        if (strongest.size() <= 1) {
            return strongest.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        double logProduct = 0;
        int largest = 0;
        for (int score : strongest.values()) {
            logProduct += -score / POINTS_PER_DECADE * Math.log(10);
            largest = Math.max(largest, score);
        }
        // Fisher: P(product of k uniforms <= P) = P * sum_{i<k} (-ln P)^i / i!
        double x = -logProduct;
        double term = 1;
        double sum = 1;
        for (int i = 1; i < strongest.size(); i++) {
            term *= x / i;
            sum += term;
        }
        double pValue = Math.min(1, Math.exp(logProduct) * sum);
        double combined = Math.min(100, POINTS_PER_DECADE * -Math.log10(Math.max(pValue, 1e-300)));
        return Math.max(largest, combined);
    }

    /** Score points per decade of surprise, as {@code dev.custos.detect.calibration.Evidence} reads scores. */
    private static final double POINTS_PER_DECADE = 50.0 / 3.0;
}
