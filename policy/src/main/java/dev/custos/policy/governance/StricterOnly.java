package dev.custos.policy.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.model.Policy;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, conservatively, whether a candidate policy is only stricter than the current one: every current rule is kept
 * unchanged, every added rule is a deny rule, frozen wallets are only added, allowlisted destinations only removed, and
 * nothing else changes. Anything else (even a change that happens to be stricter) counts as loosening.
 */
public final class StricterOnly {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> COMPARED_SEPARATELY =
            Set.of("policy_version", "rules", "frozen_wallets", "destinations");

    private StricterOnly() {}

    /** Why the change is not stricter-only; empty if it is. */
    public static List<String> loosenings(Policy current, Policy candidate) {
        JsonNode before = read(current.canonicalJson());
        JsonNode after = read(candidate.canonicalJson());
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!COMPARED_SEPARATELY.contains(name) && !before.path(name).equals(after.path(name))) {
                problems.add("field '" + name + "' changed");
            }
        }
        Map<String, JsonNode> oldRules = rulesById(before);
        Map<String, JsonNode> newRules = rulesById(after);
        for (Map.Entry<String, JsonNode> rule : oldRules.entrySet()) {
            JsonNode replacement = newRules.get(rule.getKey());
            if (replacement == null) {
                problems.add("rule '" + rule.getKey() + "' removed");
            } else if (!replacement.equals(rule.getValue())) {
                problems.add("rule '" + rule.getKey() + "' changed");
            }
        }
        for (Map.Entry<String, JsonNode> rule : newRules.entrySet()) {
            if (!oldRules.containsKey(rule.getKey())
                    && !rule.getValue().path("effect").asText().equals("deny")) {
                problems.add("added rule '" + rule.getKey() + "' is not a deny rule");
            }
        }
        if (!texts(after.path("frozen_wallets")).containsAll(texts(before.path("frozen_wallets")))) {
            problems.add("a wallet was unfrozen");
        }
        Set<String> oldDestinations = new HashSet<>();
        before.path("destinations").forEach(d -> oldDestinations.add(d.toString()));
        for (JsonNode destination : after.path("destinations")) {
            if (!oldDestinations.contains(destination.toString())) {
                problems.add("destination " + destination.path("address").asText() + " added or changed");
            }
        }
        problems.sort(null);
        return problems;
    }

    private static Map<String, JsonNode> rulesById(JsonNode document) {
        Map<String, JsonNode> rules = new LinkedHashMap<>();
        for (JsonNode rule : document.path("rules")) {
            ObjectNode copy = rule.deepCopy();
            rules.put(rule.path("id").asText(), copy);
        }
        return rules;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
