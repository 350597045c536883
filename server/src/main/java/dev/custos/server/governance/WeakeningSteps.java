package dev.custos.server.governance;

import dev.custos.policy.model.Approver;
import dev.custos.policy.model.Policy;
import dev.custos.types.EventFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts of a proposed policy change that detection's {@code governance_weakening} reads (docs/DETECTION.md),
 * derived from the active and the proposed documents, never from the proposer: whether it lowers the governance time
 * lock, which approvers it removes, and whether it loosens the policy at all.
 */
final class WeakeningSteps {
    private WeakeningSteps() {}

    /** The event fields for a change from {@code active} to {@code candidate} with {@code loosenings}. */
    static Map<String, Object> of(Policy active, Policy candidate, List<String> loosenings) {
        List<String> steps = new ArrayList<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        long before = active.governance().timelockSeconds();
        long after = candidate.governance().timelockSeconds();
        if (after < before) {
            steps.add("timelock_lowered");
            facts.put(EventFields.GOVERNANCE_OLD_VALUE, Long.toString(before));
            facts.put(EventFields.GOVERNANCE_NEW_VALUE, Long.toString(after));
        }
        Set<String> kept = candidate.approvers().stream().map(Approver::name).collect(Collectors.toSet());
        List<String> removed = active.approvers().stream()
                .map(Approver::name)
                .filter(name -> !kept.contains(name))
                .sorted()
                .toList();
        if (!removed.isEmpty()) {
            steps.add("approver_removed");
            facts.put(EventFields.GOVERNANCE_APPROVERS_REMOVED, removed);
        }
        if (!loosenings.isEmpty()) {
            steps.add("loosening");
            facts.put(EventFields.GOVERNANCE_LOOSENINGS, loosenings);
        }
        facts.put(EventFields.GOVERNANCE_STEPS, steps);
        return facts;
    }
}
