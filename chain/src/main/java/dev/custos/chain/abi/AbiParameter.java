package dev.custos.chain.abi;

import java.util.Objects;

/** A named function parameter or tuple component; the name may be empty. */
public record AbiParameter(String name, AbiType type) {
    public AbiParameter {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }
}
