package dev.custos.chain.abi;

import java.util.Objects;

/** A decoded argument or tuple component: its parameter name, type and value. */
public record AbiArgument(String name, AbiType type, AbiValue value) {
    public AbiArgument {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(value, "value is null");
    }
}
