package dev.custos.exposure.analysis;

import static java.util.Objects.requireNonNull;

/**
 * One way to loosen the policy the nodes enforce.
 *
 * @param path {@code policy_governance} (the admin quorum of the policy, then its time lock) or {@code
 *     committee_admins} (a quorum of the committee's admins signs a policy the nodes install; the nodes check no time
 *     lock)
 * @param figure how many people it takes
 * @param timeLockSeconds how long the change waits before it takes effect
 */
public record ChangePath(String path, Figure figure, long timeLockSeconds) {
    /** The path through the policy's own governance. */
    public static final String POLICY_GOVERNANCE = "policy_governance";

    /** The path through the committee admins who sign the policy for the nodes. */
    public static final String COMMITTEE_ADMINS = "committee_admins";

    public ChangePath {
        requireNonNull(path, "path is null");
        requireNonNull(figure, "figure is null");
        if (timeLockSeconds < 0) {
            throw new IllegalArgumentException("time lock must not be negative");
        }
    }
}
