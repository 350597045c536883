package dev.custos.chain.abi;

import dev.custos.chain.DecodingException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Looks functions up by 4-byte selector and decodes their calldata. */
public final class FunctionRegistry {
    public static final int SELECTOR_LENGTH = 4;

    private static final FunctionRegistry WELL_KNOWN = new FunctionRegistry(KnownFunctions.all());

    private final Map<Integer, KnownFunction> bySelector;

    /** A registry of {@code functions}; two functions with the same selector are rejected. */
    public FunctionRegistry(Collection<KnownFunction> functions) {
        Objects.requireNonNull(functions, "functions is null");
        Map<Integer, KnownFunction> map = new HashMap<>();
        for (KnownFunction function : functions) {
            KnownFunction previous = map.putIfAbsent(function.function().selectorValue(), function);
            if (previous != null) {
                throw new IllegalArgumentException(
                        "selector collision: " + previous.function().canonicalSignature() + " and "
                                + function.function().canonicalSignature());
            }
        }
        this.bySelector = Map.copyOf(map);
    }

    /** The built-in registry of well-known functions (see {@link KnownFunctions}). */
    public static FunctionRegistry wellKnown() {
        return WELL_KNOWN;
    }

    public Optional<KnownFunction> lookup(byte[] calldata) {
        Objects.requireNonNull(calldata, "calldata is null");
        if (calldata.length < SELECTOR_LENGTH) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySelector.get(AbiFunction.selectorValue(calldata, 0)));
    }

    /**
     * Decodes {@code calldata} if its selector is known; empty for an unknown selector or data shorter than a selector.
     *
     * @throws DecodingException if the selector is known but the arguments do not decode
     */
    public Optional<FunctionCall> decode(byte[] calldata) throws DecodingException {
        Optional<KnownFunction> known = lookup(calldata);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        KnownFunction function = known.get();
        try {
            List<AbiArgument> arguments =
                    AbiDecoder.decodeArguments(function.function().parameters(), calldata, SELECTOR_LENGTH);
            return Optional.of(new FunctionCall(function, arguments));
        } catch (DecodingException e) {
            throw new DecodingException("arguments of " + function.function().canonicalSignature(), e);
        }
    }

    public Collection<KnownFunction> functions() {
        return bySelector.values();
    }
}
