package dev.custos.detect.feedback;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The combination a false-positive mark weighs down: detector, accountable entity, and one feature with its value
 * (empty feature and value for a finding without evidence).
 */
record FindingKey(String detector, EntityRef entity, String feature, String value) {
    FindingKey {
        requireNonNull(detector, "detector is null");
        requireNonNull(entity, "entity is null");
        requireNonNull(feature, "feature is null");
        requireNonNull(value, "value is null");
    }

    /** The keys of a finding: one per feature, or one without a feature. */
    static List<FindingKey> of(Finding finding) {
        List<FindingKey> keys = new ArrayList<>();
        for (FeatureEvidence evidence : finding.features()) {
            if (evidence.feature().equals(Feedback.FEEDBACK_FEATURE)) {
                continue;
            }
            keys.add(new FindingKey(finding.detector(), finding.primaryEntity(), evidence.feature(), evidence.value()));
        }
        if (keys.isEmpty()) {
            keys.add(new FindingKey(finding.detector(), finding.primaryEntity(), "", ""));
        }
        return keys;
    }
}
