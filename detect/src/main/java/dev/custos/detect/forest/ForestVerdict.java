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
 */
public record ForestVerdict(
        double grade, double score, double threshold, List<Double> contributions, List<Double> typical) {
    public ForestVerdict {
        contributions = List.copyOf(contributions);
        typical = List.copyOf(typical);
        requireNonNull(contributions, "contributions is null");
        if (!(grade >= 0 && grade <= 1)) {
            throw new IllegalArgumentException("grade must be in 0..1: " + grade);
        }
    }
}
