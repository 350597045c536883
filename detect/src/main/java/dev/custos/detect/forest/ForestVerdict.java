package dev.custos.detect.forest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A forest's verdict on one point.
 *
 * @param grade the anomaly grade, 0..1 (0: not anomalous)
 * @param score the raw RCF score
 * @param threshold the forest's current score threshold
 * @param contributions each feature's share of the attribution, in {@link TransactionFeatures#NAMES} order
 * @param typical each feature's mean over the wallet's past requests (raw units)
 * @param pValue the conformal p-value of the raw score among the wallet's recent scores ({@code (#{past >= score} +
 *     1) / (n + 1)}; 1 with none): how unusual this point is for this wallet's forest, the same meaning on every wallet
 *     and at every age of the forest
 */
public record ForestVerdict(
        double grade, double score, double threshold, List<Double> contributions, List<Double> typical, double pValue) {
    public ForestVerdict {
        contributions = List.copyOf(contributions);
        typical = List.copyOf(typical);
        requireNonNull(contributions, "contributions is null");
        if (!(grade >= 0 && grade <= 1)) {
            throw new IllegalArgumentException("grade must be in 0..1: " + grade);
        }
        if (!(pValue > 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in (0, 1]: " + pValue);
        }
    }
}
