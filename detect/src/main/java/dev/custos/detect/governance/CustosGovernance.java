package dev.custos.detect.governance;

import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.types.EventFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Custos's own governance, as the server reports it (docs/EVENTS.md, "Custos governance"): {@code event.category}
 * {@code configuration} with an action of the audit log's vocabulary ({@code policy.proposed},
 * {@code policy.change_approved}, {@code policy.activated}, {@code person.added}, {@code person.leaving},
 * {@code node.operators_set}, …), the actor in {@code user.name} and where they acted from.
 */
public final class CustosGovernance {
    /** The policy the server's governance changes, as an entity of findings. */
    public static final EntityRef POLICY = EntityRef.contract("custos-policy");

    public static final String POLICY_PROPOSED = "policy.proposed";
    public static final String POLICY_CHANGE_APPROVED = "policy.change_approved";

    private static final List<String> PREFIXES = List.of("policy.", "person.", "node.", "resource.");

    private CustosGovernance() {}

    /** Whether {@code event} is one of Custos's own governance events and did not fail. */
    public static boolean is(Event event) {
        if (!event.category().equals(EventFields.CATEGORY_CONFIGURATION) || event.failed()) {
            return false;
        }
        for (String prefix : PREFIXES) {
            if (event.action().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The text elements of an array field (a lone text value counts as one element; anything else is ignored). */
    static List<String> texts(Event event, String field) {
        List<String> values = new ArrayList<>();
        event.node(field).ifPresent(node -> {
            if (node.isArray()) {
                node.forEach(element -> {
                    if (element.isTextual() && !element.asText().isBlank()) {
                        values.add(element.asText());
                    }
                });
            } else if (node.isTextual() && !node.asText().isBlank()) {
                values.add(node.asText());
            }
        });
        return values;
    }
}
