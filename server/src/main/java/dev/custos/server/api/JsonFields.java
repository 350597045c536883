package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reading of a JSON object whose fields depend on each other (one of several payload kinds), where a record
 * cannot say which fields are optional. Unknown fields and wrong types are refused with the field named, as
 * {@link StrictJson} does for records.
 */
public final class JsonFields {
    private final JsonNode object;

    private JsonFields(JsonNode object) {
        this.object = object;
    }

    /**
     * The object {@code body}, which may hold only {@code allowed} fields.
     *
     * @throws ApiException 400 when it is not an object or holds another field
     */
    public static JsonFields of(JsonNode body, Set<String> allowed) {
        requireNonNull(body, "body is null");
        if (!body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "'");
            }
        }
        return new JsonFields(body);
    }

    /** Whether {@code name} is present and not null. */
    public boolean has(String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    /** A required non-empty string. */
    public String text(String name) {
        return optionalText(name).orElseThrow(() -> ApiException.badRequest("field '" + name + "' is missing"));
    }

    /** An optional non-empty string. */
    public Optional<String> optionalText(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = object.get(name);
        if (!value.isTextual()) {
            throw ApiException.badRequest("field '" + name + "' must be a string");
        }
        if (value.asText().isEmpty()) {
            throw ApiException.badRequest("field '" + name + "' must not be empty");
        }
        return Optional.of(value.asText());
    }

    /** An optional non-negative integer that fits a long. */
    public Optional<Long> optionalLong(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = object.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw ApiException.badRequest("field '" + name + "' must be a non-negative integer");
        }
        return Optional.of(value.asLong());
    }

    /** An optional non-negative decimal number (a JSON number or a decimal string). */
    public Optional<BigDecimal> optionalDecimal(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = object.get(name);
        BigDecimal decimal;
        if (value.isNumber()) {
            decimal = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                decimal = new BigDecimal(value.asText());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(
                        "field '" + name + "' must be a decimal number, not '" + value.asText() + "'");
            }
        } else {
            throw ApiException.badRequest("field '" + name + "' must be a number");
        }
        if (decimal.signum() < 0) {
            throw ApiException.badRequest("field '" + name + "' must not be negative");
        }
        return Optional.of(decimal);
    }

    /** An optional JSON object, as it is. */
    public Optional<JsonNode> optionalObject(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = object.get(name);
        if (!value.isObject()) {
            throw ApiException.badRequest("field '" + name + "' must be an object");
        }
        return Optional.of(value);
    }
}
