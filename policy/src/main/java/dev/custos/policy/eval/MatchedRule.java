package dev.custos.policy.eval;

import java.util.Objects;

/**
 * A rule whose condition held.
 *
 * @param id the rule id
 * @param effect the effect type ({@code allow}, {@code deny}, {@code require_approvals}, {@code delay})
 * @param description the rule's description
 */
public record MatchedRule(String id, String effect, String description) {
    public MatchedRule {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(effect, "effect is null");
        Objects.requireNonNull(description, "description is null");
    }
}
