package dev.custos.policy.model;

import dev.custos.policy.cel.Condition;
import java.util.Objects;

/**
 * One policy rule.
 *
 * @param id unique within the policy
 * @param description plain-language reason shown when the rule matches
 * @param effect what the rule does when its condition holds
 * @param condition the compiled CEL condition
 */
public record Rule(String id, String description, Effect effect, Condition condition) {
    public Rule {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(description, "description is null");
        Objects.requireNonNull(effect, "effect is null");
        Objects.requireNonNull(condition, "condition is null");
    }
}
