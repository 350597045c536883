package dev.custos.detect.transaction;

import dev.custos.detect.calibration.Evidence;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.forest.ForestVerdict;
import dev.custos.detect.forest.TransactionFeatures;
import dev.custos.detect.forest.WalletForest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns a wallet forest's verdict into a finding explained by the forest's attribution. The forest's grade decides
 * whether there is a finding; its strength is the calibrated score of the raw score's conformal p-value among the
 * wallet's recent scores ({@link dev.custos.detect.forest.ForestVerdict#pValue}), not a fixed map of the grade.
 */
final class ForestFindings {
    static final String NAME = "rcf_transaction";
    private static final int EXPLAINED_FEATURES = 2;

    private ForestFindings() {}

    static void score(WalletForest forest, TransactionFeatures features, Instant now, FindingBuilder findings) {
        ForestVerdict verdict = forest.scoreThenLearn(features, now.getEpochSecond());
        if (verdict.grade() <= 0) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < TransactionFeatures.NAMES.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(
                        (Integer i) -> -verdict.contributions().get(i))
                .thenComparingInt(i -> i));
        List<FeatureEvidence> evidence = new ArrayList<>();
        for (int i : order.subList(0, EXPLAINED_FEATURES)) {
            evidence.add(new FeatureEvidence(
                    TransactionFeatures.NAMES.get(i),
                    features.display(i),
                    String.format(
                            Locale.ROOT,
                            "%.0f%% of the anomaly; wallet mean %s",
                            verdict.contributions().get(i) * 100,
                            typical(i, verdict.typical().get(i)))));
        }
        int score = Evidence.score(verdict.pValue());
        if (score < 1) {
            return;
        }
        findings.add(
                NAME,
                score,
                FindingSeverity.NORMAL,
                String.format(
                        Locale.ROOT,
                        "random cut forest: anomaly grade %.2f (score %.2f over threshold %.2f; p = %.2g among"
                                + " this wallet's recent scores)",
                        verdict.grade(),
                        verdict.score(),
                        verdict.threshold(),
                        verdict.pValue()),
                evidence.toArray(FeatureEvidence[]::new));
    }

    private static String typical(int index, double value) {
        return switch (index) {
            case 1, 2 -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case 3, 4 -> String.format(Locale.ROOT, "%.2f", value);
            default -> String.format(Locale.ROOT, "%.2f", value);
        };
    }
}
