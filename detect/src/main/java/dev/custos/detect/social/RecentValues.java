package dev.custos.detect.social;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The last {@value #MAX_VALUES} distinct values seen for one entity (a host's downloads, a user's login networks), and
 * how many observations there were in all.
 */
final class RecentValues {
    static final int MAX_VALUES = 16;

    private final Set<String> values = new LinkedHashSet<>();
    private long observations;

    boolean contains(String value) {
        return values.contains(value);
    }

    /** The values, oldest first (read only). */
    Set<String> values() {
        return java.util.Collections.unmodifiableSet(values);
    }

    long observations() {
        return observations;
    }

    void add(String value) {
        observations++;
        values.remove(value);
        values.add(value);
        if (values.size() > MAX_VALUES) {
            Iterator<String> oldest = values.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object().put("observations", observations);
        values.forEach(node.putArray("values")::add);
        return node;
    }

    static RecentValues fromState(JsonNode node) {
        RecentValues recent = new RecentValues();
        JsonNode values = StateJson.array(node, "values");
        if (values.size() > MAX_VALUES) {
            throw new InvalidStateException("more than " + MAX_VALUES + " recent values");
        }
        for (JsonNode value : values) {
            if (!value.isTextual()) {
                throw new InvalidStateException("a recent value is not a string");
            }
            recent.values.add(value.asText());
        }
        recent.observations = StateJson.count(node, "observations");
        return recent;
    }
}
