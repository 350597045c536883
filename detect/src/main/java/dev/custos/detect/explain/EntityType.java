package dev.custos.detect.explain;

import java.util.Locale;

/** The kinds of entity that detectors keep baselines for and that alerts name. */
public enum EntityType {
    USER,
    HOST,
    DEVICE,
    WALLET,
    CONTRACT;

    /** The lower-case name used in output ({@code user}, {@code wallet}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
