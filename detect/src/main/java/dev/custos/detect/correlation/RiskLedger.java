package dev.custos.detect.correlation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.explain.EvidenceGroups;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.explain.Scores;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
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

    /**
     * The risk of a set of findings at {@code now}: strongest per (evidence group, stage), combined as an OR. A
     * detector's group is itself, except that the detectors that all measure a movement's size count as one ({@link
     * EvidenceGroups}).
     */
    static int risk(Iterable<Finding> findings, Instant now, Duration halfLife) {
        long halfLifeMillis = halfLife.toMillis();
        String[] detectors = new String[8];
        KillChainStage[] stages = new KillChainStage[8];
        double[] strongest = new double[8];
        int keys = 0;
        for (Finding finding : findings) {
            double score = decayed(finding, now, halfLifeMillis);
            String group = EvidenceGroups.groupOf(finding.detector());
            int slot = slot(detectors, stages, keys, group, finding.stage());
            if (slot < keys) {
                strongest[slot] = Math.max(strongest[slot], score);
                continue;
            }
            if (keys == strongest.length) {
                detectors = Arrays.copyOf(detectors, 2 * keys);
                stages = Arrays.copyOf(stages, 2 * keys);
                strongest = Arrays.copyOf(strongest, 2 * keys);
            }
            detectors[keys] = group;
            stages[keys] = finding.stage();
            strongest[keys] = score;
            keys++;
        }
        return Scores.toScore(Scores.combine(Arrays.copyOf(strongest, keys)));
    }

    /** The index of (detector, stage) among the first {@code keys} entries, or {@code keys} when absent. */
    private static int slot(
            String[] detectors, KillChainStage[] stages, int keys, String detector, KillChainStage stage) {
        for (int index = 0; index < keys; index++) {
            if (stages[index] == stage && detectors[index].equals(detector)) {
                return index;
            }
        }
        return keys;
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
        return decayed(finding, now, halfLife.toMillis());
    }

    private static double decayed(Finding finding, Instant now, long halfLifeMillis) {
        Duration age = Duration.between(finding.timestamp(), now);
        if (age.isNegative()) {
            return finding.score();
        }
        return finding.score() * Math.pow(0.5, (double) age.toMillis() / halfLifeMillis);
    }

    /**
     * Sorts findings strongest first by decayed score at {@code now}, then oldest first, stably; each decayed score
     * is computed once.
     */
    static void sortStrongestFirst(List<Finding> findings, Instant now, Duration halfLife) {
        long halfLifeMillis = halfLife.toMillis();
        List<Ranked> ranked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            ranked.add(new Ranked(finding, -decayed(finding, now, halfLifeMillis)));
        }
        ranked.sort(RANK_ORDER);
        for (int index = 0; index < ranked.size(); index++) {
            findings.set(index, ranked.get(index).finding());
        }
    }

    /** Sorts this ledger's findings strongest first, as {@link #sortStrongestFirst(List, Instant, Duration)}. */
    void sortStrongestFirst(List<Finding> findings, Instant now) {
        sortStrongestFirst(findings, now, settings.halfLife());
    }

    private static final Comparator<Ranked> RANK_ORDER = Comparator.comparingDouble(Ranked::negatedDecayed)
            .thenComparing(ranked -> ranked.finding().timestamp());

    private record Ranked(Finding finding, double negatedDecayed) {}

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
}
