package dev.custos.exposure.powers;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The powers the active policy grants.
 *
 * @param version the policy version
 * @param approvers every approver entry
 * @param adminQuorum approvals of {@code admin} group members a loosening change needs
 * @param timeLockSeconds how long such a change waits before it takes effect
 * @param transfers what a transfer from each wallet the policy declares needs
 */
public record PolicyPowers(
        long version,
        List<ApproverPower> approvers,
        int adminQuorum,
        long timeLockSeconds,
        List<TransferRequirement> transfers) {
    /** The group whose members approve governed policy changes. */
    public static final String ADMIN_GROUP = "admin";

    public PolicyPowers {
        approvers = List.copyOf(requireNonNull(approvers, "approvers is null"));
        transfers = List.copyOf(requireNonNull(transfers, "transfers is null"));
        if (adminQuorum < 1) {
            throw new IllegalArgumentException("admin quorum must be at least 1, got " + adminQuorum);
        }
        if (timeLockSeconds < 0) {
            throw new IllegalArgumentException("time lock must not be negative");
        }
        Set<String> names = new HashSet<>();
        for (ApproverPower approver : approvers) {
            if (!names.add(approver.name())) {
                throw new IllegalArgumentException("approver '" + approver.name() + "' is listed twice");
            }
        }
        Set<String> wallets = new HashSet<>();
        for (TransferRequirement transfer : transfers) {
            if (!wallets.add(transfer.wallet())) {
                throw new IllegalArgumentException("wallet '" + transfer.wallet() + "' is listed twice");
            }
        }
    }

    public Optional<ApproverPower> approver(String name) {
        return approvers.stream()
                .filter(approver -> approver.name().equals(name))
                .findFirst();
    }
}
