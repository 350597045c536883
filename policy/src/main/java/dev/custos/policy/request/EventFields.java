package dev.custos.policy.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.policy.PolicyInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of an ECS event by dotted name, whether they came nested ({@code {"user":{"name":..}}}) or dotted
 * ({@code "user.name"}). Objects named in {@code opaque} (such as {@code custos.tx.safe}) are kept whole.
 */
final class EventFields {
    private static final int MAX_DEPTH = 16;

    private final Map<String, JsonNode> fields = new LinkedHashMap<>();

    EventFields(JsonNode event, Set<String> opaque) {
        if (!event.isObject()) {
            throw new PolicyInputException("request must be a JSON object");
        }
        flatten("", event, opaque, 0);
    }

    private void flatten(String prefix, JsonNode node, Set<String> opaque, int depth) {
        if (depth > MAX_DEPTH) {
            throw new PolicyInputException("request nests deeper than " + MAX_DEPTH + " levels at " + prefix);
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject() && !opaque.contains(name)) {
                flatten(name, value, opaque, depth + 1);
            } else if (fields.putIfAbsent(name, value) != null) {
                throw new PolicyInputException("request field '" + name + "' is given twice (nested and dotted)");
            }
        }
    }

    Optional<JsonNode> get(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    String text(String name, String fallback) {
        Optional<JsonNode> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.get().isValueNode() || value.get().isBoolean()) {
            throw new PolicyInputException("request field '" + name + "' must be a string");
        }
        return value.get().asText();
    }

    String requiredText(String name) {
        String value = text(name, "");
        if (value.isBlank()) {
            throw new PolicyInputException("request field '" + name + "' is missing");
        }
        return value;
    }

    double number(String name, double fallback) {
        Optional<JsonNode> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        JsonNode node = value.get();
        double result;
        if (node.isNumber()) {
            result = node.asDouble();
        } else if (node.isTextual()) {
            try {
                result = Double.parseDouble(node.asText().strip());
            } catch (NumberFormatException e) {
                throw new PolicyInputException("request field '" + name + "' is not a number: " + node.asText());
            }
        } else {
            throw new PolicyInputException("request field '" + name + "' must be a number");
        }
        if (!Double.isFinite(result) || result < 0) {
            throw new PolicyInputException("request field '" + name + "' must be a finite non-negative number");
        }
        return result;
    }
}
