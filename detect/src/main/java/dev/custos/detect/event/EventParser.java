package dev.custos.detect.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.custos.events.EcsFlattener;
import dev.custos.events.InvalidEventException;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Parses ECS events, one JSON object per line. Nested objects and dotted keys are flattened into dotted field names by
 * {@link EcsFlattener}; a field given twice with different values is an error. Requires {@code @timestamp} (RFC 3339), {@code
 * event.category} and {@code event.action}.
 */
public final class EventParser {
    /** Longest accepted line, in characters. */
    public static final int MAX_LINE_LENGTH = 1 << 20;

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    public EventParser() {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(EcsFlattener.MAX_DEPTH * 2)
                        .build());
    }

    /** Parses one line; never throws for bad input, which becomes {@link ParsedLine.Malformed}. */
    public ParsedLine parse(String line, long lineNumber) {
        requireNonNull(line, "line is null");
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber must be at least 1: " + lineNumber);
        }
        if (line.isBlank()) {
            return new ParsedLine.Blank(lineNumber);
        }
        if (line.length() > MAX_LINE_LENGTH) {
            return malformed(lineNumber, "line longer than " + MAX_LINE_LENGTH + " characters");
        }
        JsonNode root;
        try {
            root = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return malformed(lineNumber, "invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return malformed(lineNumber, "not a JSON object");
        }
        SortedMap<String, JsonNode> fields;
        try {
            fields = EcsFlattener.flatten(root, Set.of(), EcsFlattener.Duplicates.SAME_VALUE_ALLOWED);
        } catch (InvalidEventException e) {
            return malformed(lineNumber, e.getMessage());
        }
        Optional<String> timestampText = scalar(fields, EventFields.TIMESTAMP);
        if (timestampText.isEmpty()) {
            return malformed(lineNumber, "missing @timestamp");
        }
        Optional<Instant> timestamp = parseTimestamp(timestampText.get());
        if (timestamp.isEmpty()) {
            return malformed(lineNumber, "@timestamp is not RFC 3339: " + abbreviate(timestampText.get()));
        }
        Optional<String> category = scalar(fields, EventFields.EVENT_CATEGORY);
        if (category.isEmpty()) {
            return malformed(lineNumber, "missing event.category");
        }
        Optional<String> action = scalar(fields, EventFields.EVENT_ACTION);
        if (action.isEmpty()) {
            return malformed(lineNumber, "missing event.action");
        }
        return new ParsedLine.Parsed(new Event(lineNumber, timestamp.get(), category.get(), action.get(), fields));
    }

    private static Optional<String> scalar(Map<String, JsonNode> fields, String name) {
        JsonNode node = fields.get(name);
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        String text = node.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<Instant> parseTimestamp(String text) {
        Instant common = CommonTimestamps.parse(text);
        if (common != null) {
            return Optional.of(common);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static ParsedLine malformed(long lineNumber, String reason) {
        return new ParsedLine.Malformed(new MalformedLine(lineNumber, reason));
    }
}
