package dev.custos.policy.eval;

/** The decision on a signing request. */
public enum Outcome {
    /** Sign (after {@link Decision#delaySeconds()}). */
    ALLOW("allow"),
    /** Not yet: more valid approvals are required. */
    ESCALATE("escalate"),
    /** Do not sign. */
    DENY("deny");

    private final String wireName;

    Outcome(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
