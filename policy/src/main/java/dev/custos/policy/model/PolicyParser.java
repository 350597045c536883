package dev.custos.policy.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.cel.Condition;
import dev.custos.policy.cel.ConditionCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON policy document and compiles its rules. Unknown fields are rejected (a misspelt field must not silently
 * drop a rule); a condition that does not compile or is not boolean is rejected with the rule id and the CEL error.
 */
public final class PolicyParser {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final Set<String> TOP_LEVEL = Set.of(
            "policy_version",
            "name",
            "destination_cooldown_seconds",
            "governance",
            "approvers",
            "destinations",
            "known_contracts",
            "frozen_wallets",
            "rules",
            "wallets",
            "prices",
            "detection",
            "webauthn");
    private static final Set<String> RULE_FIELDS = Set.of("id", "description", "effect", "condition");
    private static final Set<String> DESTINATION_FIELDS = Set.of("address", "label", "added_at");
    private static final Set<String> KNOWN_CONTRACT_FIELDS = Set.of("address", "label", "standard");
    private static final int MAX_RULES = 1000;

    private PolicyParser() {}

    public static Policy parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PolicyInputException("policy is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new PolicyInputException("policy must be a JSON object");
        }
        return parse(root);
    }

    /** The shipped baseline policy (see docs/POLICY.md). */
    public static Policy baseline() {
        try (InputStream in = PolicyParser.class.getResourceAsStream("/dev/custos/policy/baseline-policy.json")) {
            if (in == null) {
                throw new IllegalStateException("baseline policy resource is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Policy parse(JsonNode root) {
        checkFields(root, TOP_LEVEL, "policy");
        try {
            long version = Fields.requiredLong(root, "policy_version");
            String name = Fields.optionalText(root, "name", "unnamed");
            long cooldown = Fields.optionalLong(root, "destination_cooldown_seconds", 86_400);
            JsonNode governanceNode = root.path("governance");
            Governance governance = new Governance(
                    (int) Fields.optionalLong(governanceNode, "admin_quorum", 2),
                    Fields.optionalLong(governanceNode, "timelock_seconds", 86_400));
            List<Approver> approvers = new ArrayList<>();
            for (JsonNode node : Fields.array(root, "approvers")) {
                approvers.add(ApproverFields.approver(node));
            }
            List<Destination> destinations = destinations(root, "destinations", true);
            List<Destination> known = destinations(root, "known_contracts", false);
            List<String> frozen = Fields.texts(root, "frozen_wallets");
            List<Rule> rules = new ArrayList<>();
            List<JsonNode> ruleNodes = Fields.array(root, "rules");
            if (ruleNodes.size() > MAX_RULES) {
                throw new PolicyInputException("policy has more than " + MAX_RULES + " rules");
            }
            for (int i = 0; i < ruleNodes.size(); i++) {
                rules.add(rule(ruleNodes.get(i), i));
            }
            return new Policy(
                    version,
                    name,
                    cooldown,
                    governance,
                    approvers,
                    destinations,
                    known,
                    frozen,
                    rules,
                    CanonicalJson.write(root),
                    PolicyFacts.wallets(root),
                    PolicyFacts.prices(root),
                    PolicyFacts.detection(root),
                    PolicyFacts.contractStandards(root),
                    ApproverFields.webauthn(root));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException("policy: " + e.getMessage(), e);
        }
    }

    private static Rule rule(JsonNode node, int index) {
        if (!node.isObject()) {
            throw new PolicyInputException("rules[" + index + "] must be an object");
        }
        String id = Fields.requiredText(node, "id");
        checkFields(node, RULE_FIELDS, "rule '" + id + "'");
        String description = Fields.optionalText(node, "description", id);
        Effect effect;
        try {
            effect = effect(node.get("effect"));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException("rule '" + id + "': effect: " + e.getMessage(), e);
        }
        Condition condition;
        try {
            condition = ConditionCompiler.instance().compile(Fields.requiredText(node, "condition"));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException("rule '" + id + "': condition does not compile: " + e.getMessage(), e);
        }
        return new Rule(id, description, effect, condition);
    }

    static Effect effect(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing");
        }
        if (node.isTextual()) {
            return switch (node.asText()) {
                case "allow" -> new Effect.Allow();
                case "deny" -> new Effect.Deny();
                default ->
                    throw new IllegalArgumentException("must be \"allow\", \"deny\", {\"require_approvals\": {...}}"
                            + " or {\"delay\": {...}}, got \"" + node.asText() + "\"");
            };
        }
        if (!node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("must be a string or an object with exactly one key");
        }
        if (node.has("require_approvals")) {
            JsonNode body = node.get("require_approvals");
            checkFields(body, Set.of("groups", "quorum"), "require_approvals");
            return new Effect.RequireApprovals(Fields.texts(body, "groups"), (int) Fields.requiredLong(body, "quorum"));
        }
        if (node.has("delay")) {
            JsonNode body = node.get("delay");
            checkFields(body, Set.of("seconds"), "delay");
            return new Effect.Delay(Fields.requiredLong(body, "seconds"));
        }
        throw new IllegalArgumentException("unknown effect " + node.fieldNames().next());
    }

    private static List<Destination> destinations(JsonNode root, String field, boolean timed) {
        List<Destination> out = new ArrayList<>();
        for (JsonNode node : Fields.array(root, field)) {
            checkFields(node, timed ? DESTINATION_FIELDS : KNOWN_CONTRACT_FIELDS, field + " entry");
            String address = Fields.requiredText(node, "address");
            Instant added = Instant.EPOCH;
            if (timed) {
                String text = Fields.requiredText(node, "added_at");
                try {
                    added = Instant.parse(text);
                } catch (DateTimeParseException e) {
                    throw new PolicyInputException(field + " " + address + ": added_at is not RFC 3339: " + text);
                }
            }
            out.add(new Destination(address, Fields.optionalText(node, "label", address), added));
        }
        return out;
    }

    static byte[] hex(String text, String owner) {
        String digits = text.startsWith("0x") ? text.substring(2) : text;
        try {
            return HexFormat.of().parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(owner + ": public_key is not hex");
        }
    }

    static void checkFields(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new PolicyInputException(where + " must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new PolicyInputException(where + ": unknown field '" + name + "'");
            }
        }
    }
}
