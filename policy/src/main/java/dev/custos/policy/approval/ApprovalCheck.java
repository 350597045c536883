package dev.custos.policy.approval;

import java.util.Objects;

/**
 * The verdict on one attached approval.
 *
 * @param approver the claimed approver
 * @param counts whether the approval counts towards quorums
 * @param reason why it counts or not
 */
public record ApprovalCheck(String approver, boolean counts, String reason) {
    public ApprovalCheck {
        Objects.requireNonNull(approver, "approver is null");
        Objects.requireNonNull(reason, "reason is null");
    }
}
