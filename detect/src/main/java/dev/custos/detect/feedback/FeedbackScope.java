package dev.custos.detect.feedback;

import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;

/**
 * Which findings a suppression covers: a detector, an entity (any entity the finding names), a feature, a feature
 * value, or any combination; at least a detector or an entity. Null means "any".
 *
 * @param detector the detector's name, e.g. {@code login_rarity}
 * @param entity an entity the finding must name
 * @param feature a feature the finding's evidence must have, e.g. {@code country}
 * @param value the value that feature must have (only with {@code feature}), e.g. {@code RO}
 */
public record FeedbackScope(String detector, EntityRef entity, String feature, String value) {
    public FeedbackScope {
        if (detector == null && entity == null) {
            throw new IllegalArgumentException("a scope needs a detector or an entity");
        }
        if (detector != null && detector.isBlank()) {
            throw new IllegalArgumentException("detector is blank");
        }
        if (feature != null && feature.isBlank()) {
            throw new IllegalArgumentException("feature is blank");
        }
        if (value != null && feature == null) {
            throw new IllegalArgumentException("a value needs a feature");
        }
    }

    /** True when the finding is inside this scope. */
    public boolean matches(Finding finding) {
        if (detector != null && !detector.equals(finding.detector())) {
            return false;
        }
        if (entity != null && !finding.entities().contains(entity)) {
            return false;
        }
        if (feature == null) {
            return true;
        }
        for (FeatureEvidence evidence : finding.features()) {
            if (evidence.feature().equals(feature) && (value == null || value.equals(evidence.value()))) {
                return true;
            }
        }
        return false;
    }

    /** E.g. {@code detector login_rarity, user alice, country=RO}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (detector != null) {
            text.append("detector ").append(detector);
        }
        if (entity != null) {
            text.append(text.isEmpty() ? "" : ", ").append(entity);
        }
        if (feature != null) {
            text.append(", ").append(feature).append(value == null ? "" : "=" + value);
        }
        return text.toString();
    }
}
