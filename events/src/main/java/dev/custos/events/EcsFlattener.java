package dev.custos.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Flattens an ECS event into dotted field names: {@code {"user":{"name":"a"}}} and {@code {"user.name":"a"}} both give
 * {@code user.name}, and the two forms may be mixed. Every non-empty object is flattened except those named in {@code
 * opaque}, which are kept whole (as the policy keeps {@code custos.tx.safe} to decode it); arrays, scalars and empty
 * objects are values. At most {@value #MAX_DEPTH} levels of nesting; a field name may not be empty.
 */
public final class EcsFlattener {
    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 16;

    /** What a field given twice (once nested, once dotted) means. */
    public enum Duplicates {
        /** Accepted when both values are equal (the detection engine). */
        SAME_VALUE_ALLOWED,
        /** Always refused (the policy: a request must say everything once). */
        REFUSED
    }

    private EcsFlattener() {}

    /**
     * The fields of {@code event} by dotted name, sorted.
     *
     * @throws IllegalArgumentException when {@code event} is not a JSON object
     * @throws InvalidEventException when nesting is too deep, a name is empty, or a field is given twice in a way
     *     {@code duplicates} refuses
     */
    public static SortedMap<String, JsonNode> flatten(JsonNode event, Set<String> opaque, Duplicates duplicates)
            throws InvalidEventException {
        Objects.requireNonNull(event, "event is null");
        Objects.requireNonNull(opaque, "opaque is null");
        Objects.requireNonNull(duplicates, "duplicates is null");
        if (!event.isObject()) {
            throw new IllegalArgumentException("event is not a JSON object");
        }
        SortedMap<String, JsonNode> fields = new TreeMap<>();
        flatten("", event, opaque, duplicates, fields, 0);
        return Collections.unmodifiableSortedMap(fields);
    }

    private static void flatten(
            String prefix,
            JsonNode node,
            Set<String> opaque,
            Duplicates duplicates,
            Map<String, JsonNode> fields,
            int depth)
            throws InvalidEventException {
        if (depth > MAX_DEPTH) {
            throw new InvalidEventException(prefix, "nested deeper than " + MAX_DEPTH + " levels");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().isEmpty()) {
                throw new InvalidEventException(
                        prefix.isEmpty() ? null : prefix,
                        "empty field name" + (prefix.isEmpty() ? "" : " under " + prefix));
            }
            String name = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject() && !value.isEmpty() && !opaque.contains(name)) {
                flatten(name, value, opaque, duplicates, fields, depth + 1);
                continue;
            }
            JsonNode previous = fields.putIfAbsent(name, value);
            if (previous == null) {
                continue;
            }
            if (duplicates == Duplicates.REFUSED) {
                throw new InvalidEventException(name, "field '" + name + "' is given twice (nested and dotted)");
            }
            if (!previous.equals(value)) {
                throw new InvalidEventException(name, "field " + name + " given twice with different values");
            }
        }
    }
}
