package dev.custos.exposure.analysis;

import java.util.Locale;

/** How urgent a finding is, in the vocabulary of alerts ({@code low}, {@code medium}, {@code high}, {@code critical}). */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** The lower-case name used in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
