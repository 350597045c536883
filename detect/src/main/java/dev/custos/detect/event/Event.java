package dev.custos.detect.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One ECS event, with every field flattened to its dotted name ({@code {"user":{"name":"a"}}} and {@code "user.name"}
 * both become {@code user.name}). Unknown actions and extra fields are kept.
 *
 * @param lineNumber the 1-based line of the input the event came from (0 when not read from lines)
 * @param timestamp the event time ({@code @timestamp})
 * @param category {@code event.category}
 * @param action {@code event.action}
 * @param fields every field by dotted name; leaves are scalars or arrays
 */
public record Event(
        long lineNumber, Instant timestamp, String category, String action, SortedMap<String, JsonNode> fields) {
    public Event {
        if (lineNumber < 0) {
            throw new IllegalArgumentException("lineNumber is negative: " + lineNumber);
        }
        requireNonNull(timestamp, "timestamp is null");
        requireNonNull(category, "category is null");
        requireNonNull(action, "action is null");
        requireNonNull(fields, "fields is null");
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    /** {@code event.id}, if present. */
    public Optional<String> id() {
        return text(EventFields.EVENT_ID);
    }

    /** The event id, or else its timestamp and line: what alerts list as evidence. */
    public String reference() {
        return id().orElseGet(() -> lineNumber > 0 ? timestamp + "#L" + lineNumber : timestamp.toString());
    }

    /** {@code user.name}, if present. */
    public Optional<String> userName() {
        return text(EventFields.USER_NAME);
    }

    /** True when {@code event.outcome} is {@code failure}. */
    public boolean failed() {
        Optional<String> outcome = text(EventFields.EVENT_OUTCOME);
        return outcome.isPresent() && outcome.get().equals("failure");
    }

    /** True when {@code event.outcome} is absent or {@code success}. */
    public boolean succeeded() {
        Optional<String> outcome = text(EventFields.EVENT_OUTCOME);
        return outcome.isEmpty() || outcome.get().equals("success");
    }

    /** True when the event has this category and action. */
    public boolean is(String expectedCategory, String expectedAction) {
        return category.equals(expectedCategory) && action.equals(expectedAction);
    }

    /** The raw value of a field, if present and not null. */
    public Optional<JsonNode> node(String field) {
        JsonNode node = fields.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    /** A scalar field as text (numbers and booleans in their JSON form); empty when absent, blank or an array. */
    public Optional<String> text(String field) {
        JsonNode node = fields.get(field);
        if (node == null || node.isNull() || !node.isValueNode()) {
            return Optional.empty();
        }
        String value = node.asText().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A numeric field (a JSON number or a numeric string); empty when absent, not numeric or not finite. */
    public OptionalDouble number(String field) {
        Optional<JsonNode> node = node(field);
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        JsonNode value = node.get();
        double result;
        if (value.isNumber()) {
            result = value.asDouble();
        } else if (value.isTextual()) {
            try {
                result = Double.parseDouble(value.asText().strip());
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        } else {
            return OptionalDouble.empty();
        }
        return Double.isFinite(result) ? OptionalDouble.of(result) : OptionalDouble.empty();
    }
}
