package dev.custos.policy.verdict;

/** Whether a verdict counts, and if not, why. Only {@link #VERIFIED} (and {@link #ASSUMED} in dry runs) supplies a risk score. */
public enum VerdictStatus {
    VERIFIED("verified"),
    /** Policy test cases and dry runs only: the case states the score detection would give. Never built on signing. */
    ASSUMED("assumed"),
    MISSING("missing"),
    NO_KEY("no_key"),
    DIGEST_MISMATCH("digest_mismatch"),
    WRONG_KEY("wrong_key"),
    NOT_YET_VALID("not_yet_valid"),
    EXPIRED("expired");

    private final String wireName;

    VerdictStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the {@code risk.verdict} variable. */
    public String wireName() {
        return wireName;
    }
}
