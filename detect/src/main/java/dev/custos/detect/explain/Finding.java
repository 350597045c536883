package dev.custos.detect.explain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One detector's verdict on one event: a score, the kill-chain stage it points to, the entities it concerns (the
 * first is the one that accumulates the risk and gets the alert), and the explanation.
 *
 * @param detector the detector's name, e.g. {@code login_rarity}
 * @param stage the kill-chain stage
 * @param score 1..100
 * @param entities the entities concerned, the accountable identity first
 * @param timestamp the event time
 * @param eventReference the event id (or timestamp) for evidence lists
 * @param summary one human-readable sentence
 * @param features the features that broke their baselines
 * @param severity {@link FindingSeverity#ALWAYS_ALERT} for findings that must alert whatever the accumulated risk,
 *     {@link FindingSeverity#DENY} for findings that must deny a signing request
 */
public record Finding(
        String detector,
        KillChainStage stage,
        int score,
        List<EntityRef> entities,
        Instant timestamp,
        String eventReference,
        String summary,
        List<FeatureEvidence> features,
        FindingSeverity severity) {
    public Finding {
        requireNonNull(detector, "detector is null");
        requireNonNull(stage, "stage is null");
        if (score < 1 || score > 100) {
            throw new IllegalArgumentException("score must be in 1..100: " + score);
        }
        entities = List.copyOf(entities);
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("entities is empty");
        }
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(eventReference, "eventReference is null");
        requireNonNull(summary, "summary is null");
        features = List.copyOf(features);
        requireNonNull(severity, "severity is null");
    }

    /** The accountable identity: the entity whose risk this finding raises first. */
    public EntityRef primaryEntity() {
        return entities.getFirst();
    }

    /** The summary followed by each feature's evidence. */
    public String explain() {
        if (features.isEmpty()) {
            return summary;
        }
        StringBuilder text = new StringBuilder(summary).append(" [");
        for (int i = 0; i < features.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(features.get(i).describe());
        }
        return text.append(']').toString();
    }
}
