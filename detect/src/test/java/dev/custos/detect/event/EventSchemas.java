package dev.custos.detect.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of docs/schemas (copied to the test classpath under {@code docs/schemas}), applied to events in the
 * dotted form the parser gives them, for tests.
 */
final class EventSchemas {
    /** The kind schemas, by file name without {@code .schema.json}, as docs/EVENTS.md lists them. */
    static final List<String> KINDS = List.of(
            "authentication", "command", "identity", "wallet-access", "signing-request", "governance", "transfer-out");
    /** The schema of any event: the shared fields, then the kind's schema. */
    static final String ANY = "event";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The schema in {@code docs/schemas/NAME.schema.json}. */
    Schema schema(String name) {
        requireNonNull(name, "name is null");
        return schemas.computeIfAbsent(
                name, key -> registry.getSchema(SchemaLocation.of("classpath:docs/schemas/" + key + ".schema.json")));
    }

    /** The errors of a schema file against the draft 2020-12 meta-schema; empty when it is a valid schema. */
    List<String> metaSchemaErrors(String name) {
        Schema metaSchema = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return metaSchema.validate(schema(name).getSchemaNode()).stream()
                .map(error -> error.toString())
                .toList();
    }

    /** The validation errors of an event against a schema; empty when it is valid. */
    List<String> errors(String name, Event event) {
        return schema(name).validate(dotted(event)).stream()
                .map(error -> error.toString())
                .toList();
    }

    /** The event as one JSON object with dotted field names: what the schemas describe. */
    static ObjectNode dotted(Event event) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : event.fields().entrySet()) {
            node.set(field.getKey(), field.getValue());
        }
        return node;
    }

    /** The kind schema for an event, by the table of kinds in docs/EVENTS.md; empty for an event of no known kind. */
    static Optional<String> kindOf(Event event) {
        String action = event.action();
        String kind = switch (event.category()) {
            case "authentication" -> "authentication";
            case "process" -> action.equals("exec") ? "command" : null;
            case "iam" -> "identity";
            case "api" -> action.equals("signing.request") ? "signing-request" : "wallet-access";
            case "configuration" -> action.matches("governance\\..+") ? "governance" : null;
            case "network" -> action.equals("chain.transfer_out") ? "transfer-out" : null;
            default -> null;
        };
        return Optional.ofNullable(kind);
    }
}
