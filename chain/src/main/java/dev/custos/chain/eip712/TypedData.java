package dev.custos.chain.eip712;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated EIP-712 typed-data message: every struct type is defined, acyclic and well formed, and the domain and the
 * message match their types (checked by {@link TypedDataParser} before this record is built).
 *
 * @param types the struct types by name, in document order, including {@code EIP712Domain}
 * @param primaryType the type of {@code message}
 * @param domain the domain values
 * @param message the message values
 */
public record TypedData(
        Map<String, List<TypedDataField>> types, String primaryType, JsonNode domain, JsonNode message) {
    /** The name of the domain struct type. */
    public static final String DOMAIN_TYPE = "EIP712Domain";

    public TypedData {
        Objects.requireNonNull(types, "types is null");
        Objects.requireNonNull(primaryType, "primaryType is null");
        Objects.requireNonNull(domain, "domain is null");
        Objects.requireNonNull(message, "message is null");
        Map<String, List<TypedDataField>> copy = new LinkedHashMap<>();
        types.forEach((name, fields) -> copy.put(name, List.copyOf(fields)));
        types = Collections.unmodifiableMap(copy);
        domain = domain.deepCopy();
        message = message.deepCopy();
        if (!types.containsKey(primaryType)) {
            throw new IllegalArgumentException("primaryType " + primaryType + " is not defined");
        }
    }

    @Override
    public JsonNode domain() {
        return domain.deepCopy();
    }

    @Override
    public JsonNode message() {
        return message.deepCopy();
    }

    /** The members of struct type {@code name}. */
    public List<TypedDataField> fields(String name) {
        List<TypedDataField> fields = types.get(name);
        if (fields == null) {
            throw new IllegalArgumentException("type " + name + " is not defined");
        }
        return fields;
    }
}
