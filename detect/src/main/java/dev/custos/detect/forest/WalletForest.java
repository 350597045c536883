package dev.custos.detect.forest;

import static java.util.Objects.requireNonNull;

import com.amazon.randomcutforest.config.ForestMode;
import com.amazon.randomcutforest.config.TransformMethod;
import com.amazon.randomcutforest.parkservices.AnomalyDescriptor;
import com.amazon.randomcutforest.parkservices.ThresholdedRandomCutForest;
import com.amazon.randomcutforest.parkservices.state.ThresholdedRandomCutForestMapper;
import com.amazon.randomcutforest.parkservices.state.ThresholdedRandomCutForestState;
import com.amazon.randomcutforest.returntypes.DiVector;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One wallet's thresholded Random Cut Forest over {@link TransactionFeatures}, seeded for reproducibility. Scores a
 * point and then learns it. Not thread-safe.
 */
public final class WalletForest {
    private static final int DIMENSIONS = TransactionFeatures.NAMES.size();

    private final ThresholdedRandomCutForest forest;
    private final ForestSettings settings;
    /** Raw scores kept for the conformal p-value. */
    static final int CALIBRATION_SCORES = 512;

    private final double[] sums = new double[DIMENSIONS];
    private final double[] recentScores = new double[CALIBRATION_SCORES];
    private int scored;
    private long scoredTotal;
    private long count;

    public WalletForest(String walletId, ForestSettings settings) {
        requireNonNull(walletId, "walletId is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.forest = ThresholdedRandomCutForest.builder()
                .dimensions(DIMENSIONS)
                .shingleSize(1)
                .numberOfTrees(settings.trees())
                .sampleSize(settings.sampleSize())
                .outputAfter(settings.warmUp())
                .randomSeed(seedFor(settings.seed(), walletId))
                .forestMode(ForestMode.STANDARD)
                .transformMethod(TransformMethod.NORMALIZE)
                .parallelExecutionEnabled(false)
                .anomalyRate(0.01)
                .build();
    }

    /** Scores {@code features} (at {@code epochSecond}), then adds them to the forest. */
    public ForestVerdict scoreThenLearn(TransactionFeatures features, long epochSecond) {
        requireNonNull(features, "features is null");
        List<Double> typical = new ArrayList<>();
        for (int i = 0; i < DIMENSIONS; i++) {
            typical.add(count == 0 ? 0.0 : sums[i] / count);
        }
        AnomalyDescriptor descriptor = forest.process(features.vector(), epochSecond);
        for (int i = 0; i < DIMENSIONS; i++) {
            sums[i] += features.raw(i);
        }
        count++;
        double grade = Math.max(0, Math.min(1, descriptor.getAnomalyGrade()));
        List<Double> contributions = contributions(descriptor.getAttribution());
        double rcfScore = descriptor.getRCFScore();
        double pValue = conformalPValue(rcfScore);
        if (rcfScore > 0 && Double.isFinite(rcfScore)) {
            recentScores[(int) (scoredTotal++ % CALIBRATION_SCORES)] = rcfScore;
            scored = (int) Math.min(CALIBRATION_SCORES, scoredTotal);
        }
        return new ForestVerdict(
                grade < settings.minimumGrade() ? 0 : grade,
                rcfScore,
                descriptor.getThreshold(),
                contributions,
                typical,
                pValue);
    }

    private double conformalPValue(double rcfScore) {
        if (scored == 0 || !(rcfScore > 0)) {
            return 1;
        }
        int atLeast = 0;
        for (int i = 0; i < scored; i++) {
            if (recentScores[i] >= rcfScore) {
                atLeast++;
            }
        }
        return (atLeast + 1.0) / (scored + 1.0);
    }

    /** The state, for checkpoints: the forest (through the library's own state mapper) and the feature sums. */
    public ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("count", count);
        ArrayNode sumStates = node.putArray("sums");
        for (double sum : sums) {
            sumStates.add(sum);
        }
        node.put("scored_total", scoredTotal);
        ArrayNode scoreStates = node.putArray("recent_scores");
        for (int i = 0; i < scored; i++) {
            scoreStates.add(recentScores[i]);
        }
        node.set("forest", StateJson.MAPPER.valueToTree(new ThresholdedRandomCutForestMapper().toState(forest)));
        return node;
    }

    /** Rebuilds a wallet's forest from {@link #toState()}. */
    public static WalletForest fromState(String walletId, ForestSettings settings, JsonNode state) {
        ThresholdedRandomCutForestState forestState;
        ThresholdedRandomCutForest restored;
        try {
            forestState = StateJson.MAPPER.treeToValue(
                    StateJson.object(state, "forest"), ThresholdedRandomCutForestState.class);
            restored = new ThresholdedRandomCutForestMapper().toModel(forestState, seedFor(settings.seed(), walletId));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new InvalidStateException("bad forest state for wallet " + walletId + ": " + e.getMessage(), e);
        }
        if (restored.getForest().getDimensions() != DIMENSIONS) {
            throw new InvalidStateException("forest of wallet " + walletId + " has the wrong dimensions");
        }
        WalletForest wallet = new WalletForest(restored, settings);
        wallet.count = StateJson.count(state, "count");
        JsonNode sumStates = StateJson.array(state, "sums");
        if (sumStates.size() != DIMENSIONS) {
            throw new InvalidStateException("sums of wallet " + walletId + " need " + DIMENSIONS + " values");
        }
        for (int i = 0; i < DIMENSIONS; i++) {
            if (!sumStates.get(i).isNumber()
                    || !Double.isFinite(sumStates.get(i).asDouble())) {
                throw new InvalidStateException("sums of wallet " + walletId + " are not finite numbers");
            }
            wallet.sums[i] = sumStates.get(i).asDouble();
        }
        if (state.has("recent_scores")) {
            JsonNode scoreStates = StateJson.array(state, "recent_scores");
            long total = StateJson.count(state, "scored_total");
            if (scoreStates.size() > CALIBRATION_SCORES || scoreStates.size() != Math.min(CALIBRATION_SCORES, total)) {
                throw new InvalidStateException("recent_scores of wallet " + walletId + " do not match scored_total");
            }
            for (int i = 0; i < scoreStates.size(); i++) {
                JsonNode value = scoreStates.get(i);
                if (!value.isNumber() || !(value.asDouble() > 0) || Double.isInfinite(value.asDouble())) {
                    throw new InvalidStateException("recent_scores of wallet " + walletId + " must be positive");
                }
                wallet.recentScores[i] = value.asDouble();
            }
            wallet.scored = scoreStates.size();
            wallet.scoredTotal = total;
        }
        return wallet;
    }

    private WalletForest(ThresholdedRandomCutForest forest, ForestSettings settings) {
        this.forest = forest;
        this.settings = settings;
    }

    /** The number of points learned. */
    public long count() {
        return count;
    }

    private static List<Double> contributions(DiVector attribution) {
        List<Double> shares = new ArrayList<>();
        if (attribution == null || attribution.getDimensions() < DIMENSIONS) {
            for (int i = 0; i < DIMENSIONS; i++) {
                shares.add(0.0);
            }
            return shares;
        }
        double total = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            total += attribution.getHighLowSum(i);
        }
        for (int i = 0; i < DIMENSIONS; i++) {
            shares.add(total > 0 ? attribution.getHighLowSum(i) / total : 0.0);
        }
        return shares;
    }

    private static long seedFor(long base, String walletId) {
        long seed = base ^ 0x9E3779B97F4A7C15L;
        for (byte b : walletId.getBytes(StandardCharsets.UTF_8)) {
            seed = (seed ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return seed;
    }
}
