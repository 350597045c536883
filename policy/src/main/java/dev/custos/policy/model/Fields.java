package dev.custos.policy.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.policy.PolicyInputException;
import java.util.ArrayList;
import java.util.List;

/** Strict readers for fields of JSON documents. */
final class Fields {
    private Fields() {}

    static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PolicyInputException("field '" + field + "' must be a non-empty string");
        }
        return value.asText();
    }

    static String optionalText(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new PolicyInputException("field '" + field + "' must be a string");
        }
        return value.asText();
    }

    static long requiredLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new PolicyInputException("field '" + field + "' must be an integer");
        }
        return value.asLong();
    }

    static long optionalLong(JsonNode node, String field, long fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : requiredLong(node, field);
    }

    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new PolicyInputException("field '" + field + "' must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        value.forEach(out::add);
        return out;
    }

    static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array(node, field)) {
            if (!element.isTextual() || element.asText().isBlank()) {
                throw new PolicyInputException("field '" + field + "' must hold non-empty strings");
            }
            out.add(element.asText());
        }
        return out;
    }
}
