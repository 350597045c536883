package dev.custos.exposure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Strict reading of the exposure inputs' JSON: unknown fields are refused (a misspelt {@code "acess"} must not silently
 * drop a person's host), and every error names the field by its path, such as {@code people[2].vetting.valid_until}.
 */
public final class JsonFields {
    private JsonFields() {}

    /** Refuses any field of {@code node} not in {@code allowed}; {@code node} must be an object. */
    public static void checkObject(@Nullable JsonNode node, Set<String> allowed, String where) {
        if (node == null || !node.isObject()) {
            throw new ExposureInputException(where + " must be a JSON object");
        }
        Set<String> unknown = new TreeSet<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ExposureInputException(where + ": unknown field '"
                    + unknown.iterator().next() + "' (allowed: " + new TreeSet<>(allowed) + ")");
        }
    }

    /** The string field {@code name}; missing, null, empty or not a string is an error. */
    public static String requiredText(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ExposureInputException(where + "." + name + " is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ExposureInputException(where + "." + name + " must be a non-empty string");
        }
        return value.asText();
    }

    /** The string field {@code name}, or {@code fallback} when it is absent. */
    public static String optionalText(JsonNode node, String name, String where, String fallback) {
        JsonNode value = node.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ExposureInputException(where + "." + name + " must be a non-empty string");
        }
        return value.asText();
    }

    /** The integer field {@code name} in {@code [min, max]}; missing is an error. */
    public static int requiredInt(JsonNode node, String name, String where, int min, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ExposureInputException(where + "." + name + " is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw new ExposureInputException(
                    where + "." + name + " must be a whole number from " + min + " to " + max + ", got " + value);
        }
        return value.asInt();
    }

    /** The elements of the array field {@code name}; absent is an empty list, anything but an array an error. */
    public static List<JsonNode> array(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        List<JsonNode> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (!value.isArray()) {
            throw new ExposureInputException(where + "." + name + " must be an array");
        }
        value.forEach(elements::add);
        return elements;
    }

    /** The array field {@code name} of non-empty strings, each unique; absent is an empty list. */
    public static List<String> texts(JsonNode node, String name, String where) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> elements = array(node, name, where);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String path = where + "." + name + "[" + i + "]";
            if (!element.isTextual() || element.asText().isBlank()) {
                throw new ExposureInputException(path + " must be a non-empty string");
            }
            if (texts.contains(element.asText())) {
                throw new ExposureInputException(path + ": '" + element.asText() + "' is listed twice");
            }
            texts.add(element.asText());
        }
        return texts;
    }
}
