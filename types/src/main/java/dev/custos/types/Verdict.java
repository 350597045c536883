package dev.custos.types;

import java.util.Locale;

/**
 * The decision on a signing request, as the policy (docs/POLICY.md) and the detection engine's signing gate
 * (docs/EVENTS.md, the {@code decision} output) give it. Its wire name is the lower-case constant name.
 */
public enum Verdict {
    /** Sign (the policy: after its delay; the gate: with the normal approvals). */
    ALLOW,
    /** Not yet: more approvals are required (the gate: and a delay). */
    ESCALATE,
    /** Do not sign. */
    DENY;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** {@code allow}, {@code escalate} or {@code deny}: the name used in JSON output and metrics labels. */
    public String wireName() {
        return wireName;
    }
}
