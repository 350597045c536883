package dev.custos.detect.state;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.EntityType;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading and writing checkpoint fields, with validation that names the culprit. */
public final class StateJson {
    /** The mapper used for checkpoints. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private StateJson() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A required object field. */
    public static JsonNode object(JsonNode parent, String field) {
        JsonNode node = required(parent, field);
        if (!node.isObject()) {
            throw new InvalidStateException(field + " is not an object");
        }
        return node;
    }

    /** A required array field. */
    public static JsonNode array(JsonNode parent, String field) {
        JsonNode node = required(parent, field);
        if (!node.isArray()) {
            throw new InvalidStateException(field + " is not an array");
        }
        return node;
    }

    public static String text(JsonNode parent, String field) {
        JsonNode node = required(parent, field);
        if (!node.isTextual()) {
            throw new InvalidStateException(field + " is not a string");
        }
        return node.asText();
    }

    /** An optional string field: null when absent or null. */
    public static String optionalText(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidStateException(field + " is not a string");
        }
        return node.asText();
    }

    public static long count(JsonNode parent, String field) {
        JsonNode node = required(parent, field);
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
            throw new InvalidStateException(field + " is not a non-negative integer");
        }
        return node.asLong();
    }

    /** A finite number, at least {@code minimum}. */
    public static double number(JsonNode parent, String field, double minimum) {
        JsonNode node = required(parent, field);
        if (!node.isNumber() || !Double.isFinite(node.asDouble()) || node.asDouble() < minimum) {
            throw new InvalidStateException(field + " is not a finite number >= " + minimum);
        }
        return node.asDouble();
    }

    public static boolean flag(JsonNode parent, String field) {
        JsonNode node = required(parent, field);
        if (!node.isBoolean()) {
            throw new InvalidStateException(field + " is not a boolean");
        }
        return node.asBoolean();
    }

    public static Instant instant(JsonNode parent, String field) {
        return parseInstant(text(parent, field), field);
    }

    /** An array element (or any node) holding an instant; {@code what} names it in errors. */
    public static Instant instantValue(JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw new InvalidStateException(what + " is not a string");
        }
        return parseInstant(node.asText(), what);
    }

    /** An optional instant: null when absent or null. */
    public static Instant optionalInstant(JsonNode parent, String field) {
        String text = optionalText(parent, field);
        return text == null ? null : parseInstant(text, field);
    }

    public static ObjectNode entity(EntityRef entity) {
        ObjectNode node = object();
        node.put("type", entity.type().label());
        node.put("id", entity.id());
        return node;
    }

    public static EntityRef entity(JsonNode node) {
        String type = text(node, "type");
        try {
            return new EntityRef(EntityType.valueOf(type.toUpperCase(Locale.ROOT)), text(node, "id"));
        } catch (IllegalArgumentException e) {
            throw new InvalidStateException("bad entity " + type + ": " + e.getMessage(), e);
        }
    }

    public static ObjectNode finding(Finding finding) {
        requireNonNull(finding, "finding is null");
        ObjectNode node = object();
        node.put("detector", finding.detector());
        node.put("stage", finding.stage().name());
        node.put("score", finding.score());
        ArrayNode entities = node.putArray("entities");
        finding.entities().forEach(entity -> entities.add(entity(entity)));
        node.put("timestamp", finding.timestamp().toString());
        node.put("event", finding.eventReference());
        node.put("summary", finding.summary());
        ArrayNode features = node.putArray("features");
        for (FeatureEvidence evidence : finding.features()) {
            ObjectNode feature = features.addObject();
            feature.put("feature", evidence.feature());
            feature.put("value", evidence.value());
            feature.put("baseline", evidence.baseline());
        }
        node.put("severity", finding.severity().name());
        return node;
    }

    public static Finding finding(JsonNode node) {
        try {
            List<EntityRef> entities = new ArrayList<>();
            for (JsonNode entity : array(node, "entities")) {
                entities.add(entity(entity));
            }
            List<FeatureEvidence> features = new ArrayList<>();
            for (JsonNode feature : array(node, "features")) {
                features.add(new FeatureEvidence(
                        text(feature, "feature"), text(feature, "value"), text(feature, "baseline")));
            }
            return new Finding(
                    text(node, "detector"),
                    KillChainStage.valueOf(text(node, "stage")),
                    (int) count(node, "score"),
                    entities,
                    instant(node, "timestamp"),
                    text(node, "event"),
                    text(node, "summary"),
                    features,
                    FindingSeverity.valueOf(text(node, "severity")));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidStateException invalid) {
                throw invalid;
            }
            throw new InvalidStateException("bad finding: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode parent, String field) {
        if (parent == null || !parent.isObject()) {
            throw new InvalidStateException("expected an object holding " + field);
        }
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidStateException("missing " + field);
        }
        return node;
    }

    private static Instant parseInstant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidStateException(field + " is not an instant: " + text, e);
        }
    }
}
