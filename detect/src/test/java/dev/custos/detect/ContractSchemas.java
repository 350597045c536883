package dev.custos.detect;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schemas of docs/schemas (copied to the test classpath under {@code docs/schemas}), for tests. */
public final class ContractSchemas {
    /** The event kind schemas, by file name without {@code .schema.json}, as docs/EVENTS.md lists them. */
    public static final List<String> EVENT_KINDS = List.of(
            "authentication",
            "command",
            "identity",
            "wallet-access",
            "signing-request",
            "governance",
            "custos-governance",
            "transfer-out",
            "network-flow",
            "dns-query",
            "email",
            "file");
    /**
     * The kinds only the Custos server writes about itself (its own governance actions), which the simulated
     * organisation's systems never emit; the server's tests cover them.
     */
    public static final List<String> SERVER_KINDS = List.of("custos-governance");
    /** The schema of any event: the shared fields, then the kind's schema. */
    public static final String ANY_EVENT = "event";
    /** The schema every event kind starts from. */
    public static final String COMMON = "common";
    /** The output schemas: what the pipeline writes. */
    public static final List<String> OUTPUTS = List.of("alert", "decision");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The schema in {@code docs/schemas/NAME.schema.json}. */
    public Schema schema(String name) {
        requireNonNull(name, "name is null");
        return schemas.computeIfAbsent(
                name, key -> registry.getSchema(SchemaLocation.of("classpath:docs/schemas/" + key + ".schema.json")));
    }

    /** The validation errors of a JSON value against a schema; empty when it is valid. */
    public List<String> errors(String name, JsonNode value) {
        requireNonNull(value, "value is null");
        return schema(name).validate(value).stream()
                .map(error -> error.toString())
                .toList();
    }

    /** The errors of a schema file against the draft 2020-12 meta-schema; empty when it is a valid schema. */
    public List<String> metaSchemaErrors(String name) {
        Schema metaSchema = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return metaSchema.validate(schema(name).getSchemaNode()).stream()
                .map(error -> error.toString())
                .toList();
    }
}
