package dev.custos.detect.transaction;

import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one event that share its stage and entities. */
final class FindingBuilder {
    private final Event event;
    private final KillChainStage stage;
    private final List<EntityRef> entities;
    private final List<Finding> findings = new ArrayList<>();

    FindingBuilder(Event event, KillChainStage stage, List<EntityRef> entities) {
        this.event = event;
        this.stage = stage;
        this.entities = List.copyOf(entities);
    }

    void add(String detector, int score, FindingSeverity severity, String summary, FeatureEvidence... evidence) {
        findings.add(new Finding(
                detector,
                stage,
                score,
                entities,
                event.timestamp(),
                event.reference(),
                summary,
                List.of(evidence),
                severity));
    }

    List<Finding> build() {
        return List.copyOf(findings);
    }
}
