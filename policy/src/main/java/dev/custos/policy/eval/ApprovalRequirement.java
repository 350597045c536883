package dev.custos.policy.eval;

import java.util.List;
import java.util.Objects;

/**
 * Approvals one group must give, and those it gave.
 *
 * @param group the group
 * @param quorum valid approvals needed (the largest quorum any matching rule asks of this group)
 * @param approvedBy group members whose approvals count, sorted
 */
public record ApprovalRequirement(String group, int quorum, List<String> approvedBy) {
    public ApprovalRequirement {
        Objects.requireNonNull(group, "group is null");
        approvedBy = List.copyOf(Objects.requireNonNull(approvedBy, "approvedBy is null"));
    }

    public boolean isMet() {
        return approvedBy.size() >= quorum;
    }
}
