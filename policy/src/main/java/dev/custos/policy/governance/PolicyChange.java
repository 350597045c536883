package dev.custos.policy.governance;

import dev.custos.policy.approval.ApprovalDigest;
import dev.custos.policy.model.Policy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposed replacement of the active policy.
 *
 * @param current the active policy
 * @param candidate the proposed policy
 * @param proposedAt when it was proposed; the time lock runs from here
 * @param approvals admin signatures over {@link #digest()}
 */
public record PolicyChange(Policy current, Policy candidate, Instant proposedAt, List<ChangeApproval> approvals) {
    public PolicyChange {
        Objects.requireNonNull(current, "current is null");
        Objects.requireNonNull(candidate, "candidate is null");
        Objects.requireNonNull(proposedAt, "proposedAt is null");
        approvals = List.copyOf(Objects.requireNonNull(approvals, "approvals is null"));
    }

    /**
     * What admins sign: SHA-256 over the length-prefixed fields domain tag {@code custos/policy-change/v1}, current
     * version (8 bytes), SHA-256 of the current canonical document, candidate version (8 bytes), SHA-256 of the
     * candidate canonical document and the proposal time (8-byte Unix seconds).
     */
    public byte[] digest() {
        return ApprovalDigest.hash(
                ApprovalDigest.POLICY_CHANGE_DOMAIN.getBytes(StandardCharsets.UTF_8),
                longBytes(current.version()),
                ApprovalDigest.hash(current.canonicalJson().getBytes(StandardCharsets.UTF_8)),
                longBytes(candidate.version()),
                ApprovalDigest.hash(candidate.canonicalJson().getBytes(StandardCharsets.UTF_8)),
                longBytes(proposedAt.getEpochSecond()));
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }
}
