package dev.custos.detect.output;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.KillChainStage;
import java.time.Instant;
import java.util.List;

/**
 * An alert on one identity: its accumulated risk and the chain of evidence behind it (the {@code alert} object of
 * docs/EVENTS.md).
 *
 * @param timestamp the time of the event that raised it
 * @param id a deterministic identifier
 * @param severity low, medium, high or critical
 * @param score the identity's accumulated risk, 0..100
 * @param entity the identity
 * @param detectors the detectors whose findings contribute, sorted
 * @param summary why, in one paragraph
 * @param evidence the contributing events (ids, or timestamps), oldest first
 * @param stages the kill-chain stages reached, in kill-chain order
 * @param findings the contributing findings, oldest first
 */
public record Alert(
        Instant timestamp,
        String id,
        String severity,
        int score,
        EntityRef entity,
        List<String> detectors,
        String summary,
        List<String> evidence,
        List<KillChainStage> stages,
        List<Finding> findings)
        implements PipelineOutput {
    public Alert {
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(id, "id is null");
        requireNonNull(severity, "severity is null");
        if (!List.of("low", "medium", "high", "critical").contains(severity)) {
            throw new IllegalArgumentException("unknown severity: " + severity);
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be in 0..100: " + score);
        }
        requireNonNull(entity, "entity is null");
        detectors = List.copyOf(detectors);
        requireNonNull(summary, "summary is null");
        evidence = List.copyOf(evidence);
        stages = List.copyOf(stages);
        findings = List.copyOf(findings);
    }
}
