package dev.custos.detect.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.ContractSchemas;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event schemas of docs/schemas applied to events in the dotted form the parser gives them, for tests (also of
 * the simulator, in {@code detect-sim}).
 */
public final class EventSchemas {
    private final ContractSchemas schemas = new ContractSchemas();

    /** The validation errors of an event against a schema; empty when it is valid. */
    public List<String> errors(String name, Event event) {
        return schemas.errors(name, dotted(event));
    }

    /** The errors of a schema file against the draft 2020-12 meta-schema. */
    public List<String> metaSchemaErrors(String name) {
        return schemas.metaSchemaErrors(name);
    }

    /** The event as one JSON object with dotted field names: what the schemas describe. */
    public static ObjectNode dotted(Event event) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : event.fields().entrySet()) {
            node.set(field.getKey(), field.getValue());
        }
        return node;
    }

    /** The kind schema for an event, by the table of kinds in docs/EVENTS.md; empty for an event of no known kind. */
    public static Optional<String> kindOf(Event event) {
        String action = event.action();
        String kind = switch (event.category()) {
            case "authentication" -> "authentication";
            case "process" -> action.equals("exec") ? "command" : null;
            case "iam" -> "identity";
            case "api" -> action.equals("signing.request") ? "signing-request" : "wallet-access";
            case "configuration" ->
                action.matches("governance\\..+")
                        ? "governance"
                        : action.matches("(policy|person|node|resource)\\..+") ? "custos-governance" : null;
            case "network" ->
                switch (action) {
                    case "chain.transfer_out" -> "transfer-out";
                    case "flow" -> "network-flow";
                    case "dns.query" -> "dns-query";
                    default -> null;
                };
            case "email" -> "email";
            case "file" -> "file";
            default -> null;
        };
        return Optional.ofNullable(kind);
    }
}
