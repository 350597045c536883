package dev.custos.chain.abi;

import java.util.Objects;

/** A function in the registry: its ABI, its risk category and the standard or product that defines it. */
public record KnownFunction(AbiFunction function, FunctionCategory category, String standard) {
    public KnownFunction {
        Objects.requireNonNull(function, "function is null");
        Objects.requireNonNull(category, "category is null");
        Objects.requireNonNull(standard, "standard is null");
    }

    public String name() {
        return function.name();
    }
}
