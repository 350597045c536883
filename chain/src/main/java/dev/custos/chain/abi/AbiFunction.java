package dev.custos.chain.abi;

import dev.custos.chain.ethereum.Keccak256;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A function: name and parameters; its selector is the first 4 bytes of keccak256(canonical signature). */
public record AbiFunction(String name, List<AbiParameter> parameters) {
    public AbiFunction {
        Objects.requireNonNull(name, "name is null");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
        parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters is null"));
    }

    /** Parses a human-readable signature such as {@code transfer(address to,uint256 amount)}. */
    public static AbiFunction parse(String signature) {
        return SignatureParser.parseFunction(Objects.requireNonNull(signature, "signature is null"));
    }

    /** The canonical signature, e.g. {@code transfer(address,uint256)}. */
    public String canonicalSignature() {
        return parameters.stream()
                .map(parameter -> parameter.type().canonicalName())
                .collect(Collectors.joining(",", name + "(", ")"));
    }

    /** The 4-byte selector. */
    public byte[] selector() {
        return Arrays.copyOf(Keccak256.hash(canonicalSignature()), 4);
    }

    /** The selector as a big-endian int, convenient as a map key. */
    public int selectorValue() {
        return selectorValue(selector(), 0);
    }

    static int selectorValue(byte[] data, int offset) {
        return ((data[offset] & 0xff) << 24)
                | ((data[offset + 1] & 0xff) << 16)
                | ((data[offset + 2] & 0xff) << 8)
                | (data[offset + 3] & 0xff);
    }
}
