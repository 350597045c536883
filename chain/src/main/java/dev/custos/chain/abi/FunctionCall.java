package dev.custos.chain.abi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Calldata decoded against a known function. */
public record FunctionCall(KnownFunction function, List<AbiArgument> arguments) {
    public FunctionCall {
        Objects.requireNonNull(function, "function is null");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments is null"));
    }

    /** The argument with this parameter name, if any. */
    public Optional<AbiArgument> argument(String name) {
        return arguments.stream()
                .filter(argument -> argument.name().equals(name))
                .findFirst();
    }
}
