package dev.custos.server.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.stream.Collectors;

/**
 * JSON as the API reads and writes it. Reading is strict: unknown fields, duplicate keys, a number where a string is
 * expected (or the other way round), trailing content and nulls for required fields are refused with an
 * {@link ApiException} whose message names the field by its path ({@code vetting.level}, {@code roles[1]}).
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER = buildMapper();

    private StrictJson() {}

    private static ObjectMapper buildMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(
                mapper,
                LogicalType.Integer,
                CoercionInputShape.String,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(
                mapper,
                LogicalType.Boolean,
                CoercionInputShape.String,
                CoercionInputShape.Integer,
                CoercionInputShape.Float);
        return mapper;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** The shared mapper, for writing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads {@code body} as a {@code type}.
     *
     * @throws ApiException 400 naming the offending field
     */
    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("the request body is empty; a JSON object is expected");
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(describe(e));
        }
    }

    /** Reads {@code body} as a JSON tree (still refusing duplicate keys and trailing content). */
    public static JsonNode tree(String body) {
        return read(body, JsonNode.class);
    }

    /** Writes {@code value} as JSON text. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + path(unknown) + "'";
        }
        if (e instanceof IgnoredPropertyException ignored) {
            return "unknown field '" + path(ignored) + "'";
        }
        if (e instanceof ValueInstantiationException invalid) {
            Throwable cause = invalid.getCause() == null ? invalid : invalid.getCause();
            String where = path(invalid);
            String message = String.valueOf(cause.getMessage());
            return where.isEmpty() || message.startsWith("field '") ? message : "field '" + where + "': " + message;
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            return target == null || friendly(target).equals("an object")
                    ? "field '" + path(format) + "' has the wrong format: " + format.getValue()
                    : "field '" + path(format) + "' must be " + friendly(target);
        }
        if (e instanceof MismatchedInputException mismatched) {
            String where = path(mismatched);
            String message = mismatched.getOriginalMessage();
            if (message.contains("creator property")) {
                return "field '" + missingName(message, where) + "' is missing";
            }
            String expected =
                    mismatched.getTargetType() == null ? "another type" : friendly(mismatched.getTargetType());
            return where.isEmpty() ? "the body must be a JSON object" : "field '" + where + "' must be " + expected;
        }
        if (e instanceof JsonMappingException mapping) {
            String where = path(mapping);
            return (where.isEmpty() ? "" : "field '" + where + "': ") + mapping.getOriginalMessage();
        }
        return "the body is not valid JSON: " + e.getOriginalMessage();
    }

    private static String missingName(String message, String where) {
        int open = message.indexOf('\'');
        int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
        String name = open < 0 || close < 0 ? "?" : message.substring(open + 1, close);
        if (where.isEmpty() || where.equals(name) || where.endsWith("." + name)) {
            return where.isEmpty() ? name : where;
        }
        return where + "." + name;
    }

    private static String friendly(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
