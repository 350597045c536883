package dev.custos.detect.feedback;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.EntityType;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The JSON form of feedback, one object per line (the {@code --feedback} file of {@code custos replay}, and the
 * checkpoint):
 *
 * <pre>
 * {"type":"false_positive","@timestamp":"2025-03-10T09:00:00Z","alert_id":"alert-…","by":"bob","reason":"…"}
 * {"type":"suppression","@timestamp":"…","id":"sup-1","expires":"2025-03-17T09:00:00Z","by":"bob","reason":"…",
 *  "detector":"login_rarity","entity":"user:alice","feature":"country","value":"RO"}
 * </pre>
 *
 * A suppression needs {@code detector} or {@code entity} ({@code type:id}, or {@code {"type":..,"id":..}});
 * {@code value} needs {@code feature}.
 */
public final class FeedbackJson {
    private FeedbackJson() {}

    /**
     * Parses one line.
     *
     * @throws InvalidFeedbackException naming the culprit field when the line is not valid feedback
     */
    public static FeedbackRecord parse(String line) {
        requireNonNull(line, "line is null");
        JsonNode node;
        try {
            node = StateJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidFeedbackException(null, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidFeedbackException(null, "not a JSON object");
        }
        return record(node, InvalidFeedbackException::new);
    }

    /** Reads a record from the checkpoint. */
    static FeedbackRecord record(JsonNode node) {
        try {
            return record(node, (field, message) -> new InvalidStateException(message));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidStateException invalid) {
                throw invalid;
            }
            throw new InvalidStateException("bad feedback record: " + e.getMessage(), e);
        }
    }

    private static FeedbackRecord record(JsonNode node, BiFunction<String, String, RuntimeException> error) {
        try {
            return build(node, error);
        } catch (InvalidFeedbackException | InvalidStateException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error.apply(fieldOf(e.getMessage()), e.getMessage());
        }
    }

    /**
     * The JSON field a record constructor's message is about ({@code alertId is blank}, {@code a value needs a
     * feature}, {@code suppression s expires (…) before …}), or null.
     */
    private static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        if (message.startsWith("alertId ")) {
            return "alert_id";
        }
        if (message.startsWith("a value needs")) {
            return "value";
        }
        if (message.startsWith("a scope needs")) {
            return "detector";
        }
        if (message.startsWith("suppression ") && message.contains(" expires ")) {
            return "expires";
        }
        for (String field : new String[] {"id", "by", "reason", "detector", "feature", "value"}) {
            if (message.startsWith(field + " ")) {
                return field;
            }
        }
        return null;
    }

    private static FeedbackRecord build(JsonNode node, BiFunction<String, String, RuntimeException> error) {
        String type = text(node, "type", error);
        Instant at = instant(node, "@timestamp", error);
        return switch (type) {
            case "false_positive" ->
                new FalsePositive(
                        text(node, "alert_id", error), text(node, "by", error), at, text(node, "reason", error));
            case "suppression" -> {
                EntityRef entity = node.hasNonNull("entity") ? entity(node.get("entity"), error) : null;
                FeedbackScope scope = new FeedbackScope(
                        optional(node, "detector", error),
                        entity,
                        optional(node, "feature", error),
                        optional(node, "value", error));
                yield new Suppression(
                        text(node, "id", error),
                        scope,
                        text(node, "by", error),
                        at,
                        instant(node, "expires", error),
                        text(node, "reason", error));
            }
            default -> throw error.apply("type", "type must be false_positive or suppression: " + type);
        };
    }

    /** The JSON object of a record (the line format). */
    public static ObjectNode toJson(FeedbackRecord record) {
        requireNonNull(record, "record is null");
        ObjectNode node = StateJson.object();
        switch (record) {
            case FalsePositive mark -> {
                node.put("type", "false_positive");
                node.put("@timestamp", mark.at().toString());
                node.put("alert_id", mark.alertId());
            }
            case Suppression suppression -> {
                node.put("type", "suppression");
                node.put("@timestamp", suppression.at().toString());
                node.put("id", suppression.id());
                node.put("expires", suppression.expires().toString());
                FeedbackScope scope = suppression.scope();
                putIfPresent(node, "detector", scope.detector());
                if (scope.entity() != null) {
                    node.put(
                            "entity",
                            scope.entity().type().label() + ":" + scope.entity().id());
                }
                putIfPresent(node, "feature", scope.feature());
                putIfPresent(node, "value", scope.value());
            }
        }
        node.put("by", record.by());
        node.put("reason", record.reason());
        return node;
    }

    static ObjectNode key(FindingKey key) {
        ObjectNode node = StateJson.object();
        node.put("detector", key.detector());
        node.set("entity", StateJson.entity(key.entity()));
        node.put("feature", key.feature());
        node.put("value", key.value());
        return node;
    }

    static FindingKey key(JsonNode node) {
        return new FindingKey(
                StateJson.text(node, "detector"),
                StateJson.entity(StateJson.object(node, "entity")),
                textOrEmpty(node, "feature"),
                textOrEmpty(node, "value"));
    }

    static ObjectNode suppressed(SuppressedFinding finding) {
        ObjectNode node = StateJson.object();
        node.put("suppression", finding.suppression());
        node.put("detector", finding.detector());
        node.set("entity", StateJson.entity(finding.entity()));
        node.put("timestamp", finding.timestamp().toString());
        node.put("event", finding.eventReference());
        node.put("score", finding.score());
        return node;
    }

    static SuppressedFinding suppressed(JsonNode node) {
        try {
            return new SuppressedFinding(
                    StateJson.text(node, "suppression"),
                    StateJson.text(node, "detector"),
                    StateJson.entity(StateJson.object(node, "entity")),
                    StateJson.instant(node, "timestamp"),
                    StateJson.text(node, "event"),
                    (int) StateJson.count(node, "score"));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidStateException invalid) {
                throw invalid;
            }
            throw new InvalidStateException("bad suppressed finding: " + e.getMessage(), e);
        }
    }

    private static String textOrEmpty(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidStateException(field + " is not a string");
        }
        return value.asText();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static EntityRef entity(JsonNode node, BiFunction<String, String, RuntimeException> error) {
        String type;
        String id;
        if (node.isTextual()) {
            String text = node.asText();
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw error.apply("entity", "entity must be type:id, e.g. user:alice: " + text);
            }
            type = text.substring(0, colon);
            id = text.substring(colon + 1);
        } else if (node.isObject()) {
            type = text(node, "type", (field, message) -> error.apply("entity", "entity: " + message));
            id = text(node, "id", (field, message) -> error.apply("entity", "entity: " + message));
        } else {
            throw error.apply("entity", "entity must be a string type:id or an object {type, id}");
        }
        try {
            return new EntityRef(EntityType.valueOf(type.toUpperCase(Locale.ROOT)), id);
        } catch (IllegalArgumentException e) {
            throw error.apply("entity", "bad entity " + type + ":" + id + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, BiFunction<String, String, RuntimeException> error) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw error.apply(field, "missing " + field);
        }
        if (!value.isTextual()) {
            throw error.apply(field, field + " is not a string");
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field, BiFunction<String, String, RuntimeException> error) {
        return node.hasNonNull(field) ? text(node, field, error) : null;
    }

    private static Instant instant(JsonNode node, String field, BiFunction<String, String, RuntimeException> error) {
        String text = text(node, field, error);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw error.apply(field, field + " is not an RFC 3339 UTC instant: " + text);
        }
    }
}
