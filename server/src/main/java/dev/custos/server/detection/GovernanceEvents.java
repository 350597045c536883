package dev.custos.server.detection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.CallOrigin;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where governance actions made through the server are reported ({@link GovernanceFeed}: to detection). */
@FunctionalInterface
public interface GovernanceEvents {
    /** Reports nothing (for tests of routes alone). */
    GovernanceEvents NONE = (action, auditIndex, actor, origin, subject, facts) -> List.of();

    /**
     * Reports one governance action.
     *
     * @param action the audit log's action ({@code policy.proposed}, {@code person.leaving}, …)
     * @param auditIndex the index of the audit entry that records it
     * @param actor who acted, or empty for the coordinator's own steps
     * @param origin where the call came from
     * @param subject what it changed: a proposal id, a person, a node, a resource
     * @param facts further event fields by dotted ECS name
     * @return the alerts it raised
     */
    List<ObjectNode> observe(
            String action,
            long auditIndex,
            Optional<String> actor,
            CallOrigin origin,
            String subject,
            Map<String, ?> facts);
}
