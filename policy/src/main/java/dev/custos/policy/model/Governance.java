package dev.custos.policy.model;

/**
 * How the policy itself may change.
 *
 * @param adminQuorum signed approvals of members of group {@code admin} needed for a change that is not stricter-only
 * @param timelockSeconds time between proposal and effect of such a change
 */
public record Governance(int adminQuorum, long timelockSeconds) {
    public Governance {
        if (adminQuorum < 1 || adminQuorum > 100) {
            throw new IllegalArgumentException("admin_quorum must be 1 to 100, got " + adminQuorum);
        }
        if (timelockSeconds < 0 || timelockSeconds > 366L * 24 * 3600) {
            throw new IllegalArgumentException("timelock_seconds must be 0 to one year, got " + timelockSeconds);
        }
    }
}
