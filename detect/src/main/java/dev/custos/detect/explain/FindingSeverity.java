package dev.custos.detect.explain;

/** How a finding is handled beyond its score. */
public enum FindingSeverity {
    /** Adds to the accumulated risk; alerts only when the risk crosses a level. */
    NORMAL,
    /** Always produces an alert (at least high), e.g. governance changes. */
    ALWAYS_ALERT,
    /** Always alerts and denies any signing request it is part of, e.g. a sanctioned destination. */
    DENY
}
