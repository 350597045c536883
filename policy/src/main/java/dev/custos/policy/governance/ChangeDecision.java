package dev.custos.policy.governance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on a policy change.
 *
 * @param status accepted (takes effect now), pending (quorum met, time lock running) or refused
 * @param stricterOnly whether the change only makes the policy stricter
 * @param effectiveAt when the change takes or would take effect
 * @param admins admins whose approvals count
 * @param reasons explanation
 */
public record ChangeDecision(
        Status status, boolean stricterOnly, Instant effectiveAt, List<String> admins, List<String> reasons) {

    /** Whether the candidate may replace the active policy. */
    public enum Status {
        ACCEPTED,
        PENDING_TIME_LOCK,
        REFUSED
    }

    public ChangeDecision {
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(effectiveAt, "effectiveAt is null");
        admins = List.copyOf(Objects.requireNonNull(admins, "admins is null"));
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons is null"));
    }
}
