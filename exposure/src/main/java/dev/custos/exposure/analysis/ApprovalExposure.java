package dev.custos.exposure.analysis;

import dev.custos.exposure.powers.TransferRequirement;
import dev.custos.exposure.search.QuorumCover;
import dev.custos.exposure.search.SearchBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code pass_policy}: the fewest people who get a transfer approved: one initiator, plus device keys whose approvals
 * meet every group's quorum. The initiator's own approval never counts, but a key they hold may also carry another
 * approver's name, whose approvals then come with them at no extra person.
 */
final class ApprovalExposure {
    private ApprovalExposure() {}

    /** @param initiators everyone who can start a request, sorted */
    static Outcome of(TransferRequirement requirement, List<String> initiators, KeyHolders keys, SearchBudget budget) {
        if (!requirement.possible()) {
            return new Outcome(Figure.unreachable(requirement.why()), List.of());
        }
        if (initiators.isEmpty()) {
            return new Outcome(
                    Figure.unreachable("nobody in the registry can initiate a request (role initiator, not left)"),
                    List.of());
        }
        List<String> groups = new ArrayList<>(requirement.quorums().keySet());
        int[] quorum = groups.stream().mapToInt(requirement.quorums()::get).toArray();
        List<String> best = List.of();
        List<String> alone = new ArrayList<>();
        boolean keylessDone = false;
        for (String initiator : initiators) {
            Optional<String> own = keys.keyOf(initiator);
            if (own.isEmpty() && keylessDone) {
                continue;
            }
            keylessDone |= own.isEmpty();
            int[] deficit = quorum.clone();
            if (own.isPresent()) {
                int[] free = keys.contribution(own.get(), groups, initiator);
                for (int g = 0; g < deficit.length; g++) {
                    deficit[g] -= free[g];
                }
            }
            List<String> unitKeys = new ArrayList<>();
            List<int[]> contributions = new ArrayList<>();
            for (String key : keys.keys()) {
                if (own.isEmpty() || !key.equals(own.get())) {
                    unitKeys.add(key);
                    contributions.add(keys.contribution(key, groups, initiator));
                }
            }
            Optional<List<Integer>> chosen = QuorumCover.minimum(contributions, deficit, budget);
            if (chosen.isEmpty()) {
                continue;
            }
            List<String> people = new ArrayList<>();
            chosen.get().forEach(unit -> people.add(keys.holder(unitKeys.get(unit))));
            people.sort(null);
            people.addFirst(initiator);
            if (best.isEmpty() || people.size() < best.size()) {
                best = people;
            }
        }
        for (String initiator : initiators) {
            if (canAlone(initiator, groups, quorum, keys)) {
                alone.add(initiator);
            }
        }
        if (best.isEmpty()) {
            return new Outcome(
                    Figure.unreachable("the policy's approvers cannot meet the quorums " + requirement.quorums()),
                    List.of());
        }
        return new Outcome(Figure.of(best), alone);
    }

    private static boolean canAlone(String initiator, List<String> groups, int[] quorum, KeyHolders keys) {
        int[] free = keys.keyOf(initiator)
                .map(key -> keys.contribution(key, groups, initiator))
                .orElse(new int[groups.size()]);
        for (int g = 0; g < quorum.length; g++) {
            if (free[g] < quorum[g]) {
                return false;
            }
        }
        return true;
    }
}
