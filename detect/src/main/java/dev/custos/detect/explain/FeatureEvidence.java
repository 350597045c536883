package dev.custos.detect.explain;

import static java.util.Objects.requireNonNull;

/**
 * Why a detector fired: the feature, its value in this event, and the baseline it broke.
 *
 * @param feature the feature name, e.g. {@code country}
 * @param value the value observed, e.g. {@code KP}
 * @param baseline what was expected, e.g. {@code never seen; usual: US (38 of 40)}
 */
public record FeatureEvidence(String feature, String value, String baseline) {
    public FeatureEvidence {
        requireNonNull(feature, "feature is null");
        requireNonNull(value, "value is null");
        requireNonNull(baseline, "baseline is null");
    }

    /** {@code feature=value (baseline)}. */
    public String describe() {
        return feature + "=" + value + " (" + baseline + ")";
    }
}
