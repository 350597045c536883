package dev.custos.detect.output;

import java.util.Locale;

/** The signing gate's verdict. */
public enum Decision {
    /** Proceed with the normal approvals. */
    ALLOW,
    /** Proceed only with more approvals and a delay. */
    ESCALATE,
    /** Refuse. */
    DENY;

    /** The lower-case name used in output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
