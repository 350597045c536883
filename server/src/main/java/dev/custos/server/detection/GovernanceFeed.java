package dev.custos.server.detection;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.CallOrigin;
import dev.custos.server.api.StrictJson;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.people.Person;
import dev.custos.types.EventFields;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Governance made through the server as evidence: every policy proposal, approval of one, activation and cancellation,
 * and every change to the people registry, the node operators and who can reach which host becomes a Custos
 * governance event ({@code event.category=configuration}, the audit log's action, docs/EVENTS.md) run through the
 * detection pipeline the server already runs, with where the actor acted from. Its alerts are kept with the others
 * ({@code GET /v1/alerts}). The actor's standing is derived here from the registry, never taken from the caller: their
 * employment ({@code custos.actor.employment}) and, for an approval, the approving admin's vetting
 * ({@code custos.governance.approver_vetting_valid_until}).
 */
public final class GovernanceFeed implements GovernanceEvents {
    private static final Logger LOG = LoggerFactory.getLogger(GovernanceFeed.class);

    private final VerdictIssuer detection;
    private final AlertStore alerts;
    private final PeopleStore people;
    private final Clock clock;

    public GovernanceFeed(VerdictIssuer detection, AlertStore alerts, PeopleStore people, Clock clock) {
        this.detection = requireNonNull(detection, "detection is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.people = requireNonNull(people, "people is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Runs one governance action through detection.
     *
     * @param action the audit log's action ({@code policy.proposed}, {@code person.leaving}, …)
     * @param auditIndex the index of the audit entry that records it: the event's id is {@code audit-N}, so evidence
     *     leads to the audit log
     * @param actor who acted, or empty for the coordinator's own steps (an activation when a time lock ran out)
     * @param origin where the call came from
     * @param subject what it changed: a proposal id, a person, a node, a resource
     * @param facts further fields by dotted ECS name: texts, numbers, booleans or lists of texts
     * @return the alerts it raised (already kept)
     */
    @Override
    public List<ObjectNode> observe(
            String action,
            long auditIndex,
            Optional<String> actor,
            CallOrigin origin,
            String subject,
            Map<String, ?> facts) {
        ObjectNode event = StrictJson.mapper().createObjectNode();
        event.put(EventFields.TIMESTAMP, clock.instant().toString());
        event.put(EventFields.EVENT_ID, "audit-" + auditIndex);
        event.put(EventFields.EVENT_CATEGORY, EventFields.CATEGORY_CONFIGURATION);
        event.put(EventFields.EVENT_ACTION, action);
        event.put(EventFields.EVENT_OUTCOME, "success");
        event.put(EventFields.GOVERNANCE_SUBJECT, subject);
        actor.ifPresent(name -> {
            event.put(EventFields.USER_NAME, name);
            if (people.find(name).isPresent()) {
                event.put(EventFields.ACTOR_EMPLOYMENT, people.employment(name));
            }
        });
        putIfPresent(event, EventFields.SOURCE_IP, origin.sourceIp());
        putIfPresent(event, EventFields.USER_AGENT, origin.userAgent());
        putIfPresent(event, EventFields.DEVICE_ID, origin.device());
        putIfPresent(event, EventFields.AUTH_METHOD, origin.authMethod());
        facts.forEach((field, value) -> put(event, field, value));
        if (facts.get(EventFields.GOVERNANCE_APPROVER) instanceof String approver) {
            event.put(
                    EventFields.GOVERNANCE_APPROVER_VETTING,
                    people.find(approver)
                            .map(Person::vetting)
                            .map(Person.Vetting::validUntil)
                            .orElse("none"));
        }
        try {
            List<ObjectNode> raised = detection.observe(event);
            raised.forEach(alert -> alerts.add(alert, null));
            return raised;
        } catch (IllegalArgumentException e) {
            LOG.warn("detection could not read governance action {} on {}: {}", action, subject, e.getMessage());
            return List.of();
        }
    }

    private static void putIfPresent(ObjectNode event, String field, String value) {
        if (!value.isEmpty()) {
            event.put(field, value);
        }
    }

    private static void put(ObjectNode event, String field, Object value) {
        switch (value) {
            case String text -> event.put(field, text);
            case Long number -> event.put(field, number);
            case Integer number -> event.put(field, number);
            case Boolean flag -> event.put(field, flag);
            case Collection<?> list -> {
                ArrayNode array = event.putArray(field);
                list.forEach(element -> array.add(String.valueOf(element)));
            }
            default -> event.put(field, String.valueOf(value));
        }
    }
}
