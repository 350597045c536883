package dev.custos.detect.correlation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.explain.Scores;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entity's recent findings and the risk they add up to. Each (detector, stage) pair counts once, at its
 * strongest decayed score, so a repeated anomaly does not inflate the risk; different detectors and stages combine
 * as a probabilistic OR, so a campaign across the kill chain does.
 */
final class RiskLedger {
    private final CorrelationSettings settings;
    private final Deque<Finding> findings = new ArrayDeque<>();
    private int alertedLevel;

    RiskLedger(CorrelationSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    void add(Finding finding) {
        findings.addLast(finding);
        if (findings.size() > settings.maxFindingsPerEntity()) {
            findings.removeFirst();
        }
    }

    /** The accumulated risk at {@code now}, 0..100. */
    int risk(Instant now) {
        expire(now);
        return risk(findings, now, settings.halfLife());
    }

    /** The risk of a set of findings at {@code now}: strongest per (detector, stage), combined as an OR. */
    static int risk(Iterable<Finding> findings, Instant now, Duration halfLife) {
        Map<String, Double> strongest = new LinkedHashMap<>();
        for (Finding finding : findings) {
            strongest.merge(key(finding), decayed(finding, now, halfLife), Math::max);
        }
        return Scores.toScore(Scores.combine(
                strongest.values().stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** The findings still in the window, oldest first. */
    List<Finding> findings(Instant now) {
        expire(now);
        return new ArrayList<>(findings);
    }

    /** The stages reached in the window, in kill-chain order. */
    Set<KillChainStage> stages(Instant now) {
        Set<KillChainStage> stages = EnumSet.noneOf(KillChainStage.class);
        for (Finding finding : findings(now)) {
            stages.add(finding.stage());
        }
        return stages;
    }

    /** The decayed score of a finding at {@code now}. */
    double decayed(Finding finding, Instant now) {
        return decayed(finding, now, settings.halfLife());
    }

    static double decayed(Finding finding, Instant now, Duration halfLife) {
        Duration age = Duration.between(finding.timestamp(), now);
        if (age.isNegative()) {
            return finding.score();
        }
        return finding.score() * Math.pow(0.5, (double) age.toMillis() / halfLife.toMillis());
    }

    int alertedLevel() {
        return alertedLevel;
    }

    void alertedLevel(int level) {
        alertedLevel = level;
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    /** Drops the findings that have left the window at {@code now}. */
    void trim(Instant now) {
        expire(now);
    }

    /**
     * True when, at {@code now}, no finding is left in the window and no alert level is held: the ledger then behaves
     * exactly like an absent one.
     */
    boolean isSilent(Instant now) {
        expire(now);
        return findings.isEmpty() && alertedLevel == 0;
    }

    /** The state, for checkpoints. */
    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("alerted_level", alertedLevel);
        ArrayNode findingStates = node.putArray("findings");
        findings.forEach(finding -> findingStates.add(StateJson.finding(finding)));
        return node;
    }

    /** Rebuilds a ledger from {@link #toState()}. */
    static RiskLedger fromState(JsonNode state, CorrelationSettings settings) {
        RiskLedger ledger = new RiskLedger(settings);
        long level = StateJson.count(state, "alerted_level");
        if (level > 3) {
            throw new InvalidStateException("alerted_level must be 0..3: " + level);
        }
        ledger.alertedLevel = (int) level;
        JsonNode findingStates = StateJson.array(state, "findings");
        if (findingStates.size() > settings.maxFindingsPerEntity()) {
            throw new InvalidStateException("more than " + settings.maxFindingsPerEntity() + " findings in a ledger");
        }
        for (JsonNode finding : findingStates) {
            ledger.findings.addLast(StateJson.finding(finding));
        }
        return ledger;
    }

    private void expire(Instant now) {
        Instant oldest = now.minus(settings.window());
        while (!findings.isEmpty() && findings.peekFirst().timestamp().isBefore(oldest)) {
            findings.removeFirst();
        }
    }

    private static String key(Finding finding) {
        return finding.detector() + "/" + finding.stage();
    }
}
