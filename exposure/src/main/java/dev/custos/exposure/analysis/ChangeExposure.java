package dev.custos.exposure.analysis;

import dev.custos.exposure.committee.Committee;
import dev.custos.exposure.powers.PolicyPowers;
import dev.custos.exposure.search.QuorumCover;
import dev.custos.exposure.search.SearchBudget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code change_policy}: the fewest people who can loosen the policy the nodes enforce, by each path. Through the
 * policy's governance, a quorum of {@code admin} approvals and then the time lock; through the committee, a quorum
 * of the committee admins who sign the policy for the nodes, which the nodes install without a time lock of their own.
 */
final class ChangeExposure {
    private ChangeExposure() {}

    /** Every path, easiest first (fewest people, then shortest time lock; unreachable last). */
    static List<ChangePath> paths(PolicyPowers powers, Committee committee, KeyHolders keys, SearchBudget budget) {
        List<ChangePath> paths = new ArrayList<>();
        paths.add(new ChangePath(
                ChangePath.POLICY_GOVERNANCE, governance(powers, keys, budget).figure(), powers.timeLockSeconds()));
        if (committee.adminThreshold() > 0) {
            List<String> admins = new ArrayList<>(new TreeSet<>(committee.admins()));
            paths.add(new ChangePath(
                    ChangePath.COMMITTEE_ADMINS, Figure.of(admins.subList(0, committee.adminThreshold())), 0));
        }
        paths.sort(Comparator.comparingInt(
                        (ChangePath path) -> path.figure().people().orElse(Integer.MAX_VALUE))
                .thenComparingLong(ChangePath::timeLockSeconds));
        return paths;
    }

    /** Everyone who alone can loosen the policy by some path, sorted. */
    static List<String> alone(PolicyPowers powers, Committee committee, KeyHolders keys) {
        TreeSet<String> alone = new TreeSet<>();
        List<String> admin = List.of(PolicyPowers.ADMIN_GROUP);
        for (String key : keys.keys()) {
            if (keys.contribution(key, admin, "")[0] >= powers.adminQuorum()) {
                alone.addAll(keys.names(key));
            }
        }
        if (committee.adminThreshold() == 1) {
            alone.addAll(committee.admins());
        }
        return List.copyOf(alone);
    }

    private static Outcome governance(PolicyPowers powers, KeyHolders keys, SearchBudget budget) {
        List<String> admin = List.of(PolicyPowers.ADMIN_GROUP);
        List<String> unitKeys = keys.keys();
        List<int[]> contributions =
                unitKeys.stream().map(key -> keys.contribution(key, admin, "")).toList();
        Optional<List<Integer>> chosen = QuorumCover.minimum(contributions, new int[] {powers.adminQuorum()}, budget);
        if (chosen.isEmpty()) {
            long admins = powers.approvers().stream()
                    .filter(approver -> approver.inGroup(PolicyPowers.ADMIN_GROUP))
                    .count();
            return new Outcome(
                    Figure.unreachable(
                            "the policy has " + admins + " admins for an admin quorum of " + powers.adminQuorum()),
                    List.of());
        }
        return new Outcome(
                Figure.of(chosen.get().stream()
                        .map(unit -> keys.holder(unitKeys.get(unit)))
                        .sorted()
                        .toList()),
                List.of());
    }
}
