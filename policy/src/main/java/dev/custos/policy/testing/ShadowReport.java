package dev.custos.policy.testing;

import dev.custos.policy.eval.Decision;
import java.util.List;
import java.util.Objects;

/**
 * A request decided by the active policy and, in shadow, by a candidate policy.
 *
 * @param active the decision that applies
 * @param candidate what the candidate would decide (not enforced)
 * @param differences plain-language differences; empty when both agree
 */
public record ShadowReport(Decision active, Decision candidate, List<String> differences) {
    public ShadowReport {
        Objects.requireNonNull(active, "active is null");
        Objects.requireNonNull(candidate, "candidate is null");
        differences = List.copyOf(Objects.requireNonNull(differences, "differences is null"));
    }

    public boolean agrees() {
        return differences.isEmpty();
    }
}
