package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** Alert severities in increasing order, for minimum-severity filters. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** The severity named {@code low}, {@code medium}, {@code high} or {@code critical} (any case). */
    public static Severity parse(String label) {
        requireNonNull(label, "label is null");
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown severity '" + label + "' (expected low, medium, high or critical)", e);
        }
    }

    /** The lower-case name used in alerts. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
