package dev.custos.chain.eip712;

import java.util.Objects;

/**
 * One member of an EIP-712 struct type.
 *
 * @param name the member name
 * @param type the parsed member type
 */
public record TypedDataField(String name, FieldType type) {
    public TypedDataField {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }
}
