package dev.custos.chain.eip712;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.json.JsonInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the JSON that {@code eth_signTypedData_v4} signs ({@code types}, {@code primaryType}, {@code domain},
 * {@code message}) and validates it strictly: unknown keys, undefined, malformed, duplicated or cyclic types, domain
 * members outside the EIP-712 set, and values that do not match their types are all refused with the culprit named.
 */
public final class TypedDataParser {
    /** Largest accepted input, in characters. */
    public static final int MAX_INPUT_CHARS = 1 << 20;

    /** Most struct types in one document. */
    public static final int MAX_TYPES = 128;

    /** Most members in one struct type. */
    public static final int MAX_FIELDS = 128;

    private static final Set<String> TOP_LEVEL = Set.of("types", "primaryType", "domain", "message");
    private static final Map<String, String> DOMAIN_FIELDS = Map.of(
            "name", "string",
            "version", "string",
            "chainId", "uint256",
            "verifyingContract", "address",
            "salt", "bytes32");

    private TypedDataParser() {}

    /** Parses and validates {@code json}; every value is checked by hashing it once. */
    public static TypedData parse(String json) throws DecodingException {
        if (json == null) {
            throw new DecodingException("typed data is missing");
        }
        if (json.length() > MAX_INPUT_CHARS) {
            throw new DecodingException("typed data is larger than " + MAX_INPUT_CHARS + " characters");
        }
        JsonNode root = JsonInput.parse(json);
        if (!root.isObject()) {
            throw new DecodingException("typed data must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            String name = property.getKey();
            if (!TOP_LEVEL.contains(name)) {
                throw new DecodingException("typed data has an unknown key '" + abbreviate(name) + "'");
            }
        }
        Map<String, List<TypedDataField>> types = types(JsonInput.required(root, "types", ""));
        String primaryType = JsonInput.text(JsonInput.required(root, "primaryType", ""), "primaryType");
        if (!types.containsKey(primaryType)) {
            throw new DecodingException("primaryType '" + abbreviate(primaryType) + "' is not defined in types");
        }
        JsonNode domain = JsonInput.required(root, "domain", "");
        JsonNode message = JsonInput.required(root, "message", "");
        TypedData data = new TypedData(types, primaryType, domain, message);
        TypedDataHasher.digest(data);
        return data;
    }

    static boolean isIdentifier(String text) {
        if (text.isEmpty() || text.length() > 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<TypedDataField>> types(JsonNode node) throws DecodingException {
        if (!node.isObject()) {
            throw new DecodingException("types must be an object");
        }
        if (node.size() > MAX_TYPES) {
            throw new DecodingException("types defines more than " + MAX_TYPES + " types");
        }
        Map<String, List<TypedDataField>> types = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            if (!isIdentifier(name)) {
                throw new DecodingException("types: invalid type name '" + abbreviate(name) + "'");
            }
            types.put(name, fields(name, entry.getValue()));
        }
        if (!types.containsKey(TypedData.DOMAIN_TYPE)) {
            throw new DecodingException("types: " + TypedData.DOMAIN_TYPE + " is not defined");
        }
        for (Map.Entry<String, List<TypedDataField>> entry : types.entrySet()) {
            for (TypedDataField field : entry.getValue()) {
                Optional<String> referenced = field.type().structName();
                if (referenced.isPresent() && !types.containsKey(referenced.get())) {
                    throw new DecodingException("types." + entry.getKey() + "." + field.name() + ": type '"
                            + referenced.get() + "' is not defined");
                }
            }
        }
        checkDomain(types.get(TypedData.DOMAIN_TYPE));
        checkAcyclic(types);
        return types;
    }

    private static List<TypedDataField> fields(String typeName, JsonNode node) throws DecodingException {
        String path = "types." + typeName;
        if (!node.isArray()) {
            throw new DecodingException(path + " must be an array of {name, type}");
        }
        if (node.size() > MAX_FIELDS) {
            throw new DecodingException(path + " has more than " + MAX_FIELDS + " members");
        }
        List<TypedDataField> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode member = node.get(i);
            String memberPath = path + "[" + i + "]";
            if (!member.isObject() || member.size() != 2 || !member.has("name") || !member.has("type")) {
                throw new DecodingException(memberPath + " must be an object with exactly 'name' and 'type'");
            }
            String name = JsonInput.text(member.get("name"), memberPath + ".name");
            if (!isIdentifier(name)) {
                throw new DecodingException(memberPath + ": invalid member name '" + abbreviate(name) + "'");
            }
            if (!names.add(name)) {
                throw new DecodingException(path + ": member '" + name + "' is defined twice");
            }
            String type = JsonInput.text(member.get("type"), memberPath + ".type");
            try {
                fields.add(new TypedDataField(name, FieldType.parse(type)));
            } catch (DecodingException e) {
                throw new DecodingException(memberPath, e);
            }
        }
        return fields;
    }

    private static void checkDomain(List<TypedDataField> fields) throws DecodingException {
        for (TypedDataField field : fields) {
            String expected = DOMAIN_FIELDS.get(field.name());
            if (expected == null) {
                throw new DecodingException("types.EIP712Domain: unknown member '" + field.name()
                        + "' (allowed: name, version, chainId, verifyingContract, salt)");
            }
            if (!expected.equals(field.type().name())) {
                throw new DecodingException("types.EIP712Domain." + field.name() + " must have type " + expected
                        + ", got " + field.type().name());
            }
        }
    }

    private static void checkAcyclic(Map<String, List<TypedDataField>> types) throws DecodingException {
        Map<String, Integer> state = new HashMap<>();
        for (String name : types.keySet()) {
            visit(name, types, state, new ArrayList<>());
        }
    }

    private static void visit(
            String name, Map<String, List<TypedDataField>> types, Map<String, Integer> state, List<String> trail)
            throws DecodingException {
        Integer current = state.get(name);
        if (current != null && current == 2) {
            return;
        }
        trail.add(name);
        if (current != null) {
            throw new DecodingException("types: cyclic type reference " + String.join(" -> ", trail));
        }
        state.put(name, 1);
        for (TypedDataField field : requireNonNull(types.get(name), "referenced types are checked to be defined")) {
            Optional<String> referenced = field.type().structName();
            if (referenced.isPresent()) {
                visit(referenced.get(), types, state, trail);
            }
        }
        state.put(name, 2);
        trail.remove(trail.size() - 1);
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
