package dev.custos.chain.bitcoin;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The decoded intent of a PSBT.
 *
 * @param psbtVersion 0 or 2
 * @param network the network addresses are shown for
 * @param inputs the inputs with their amounts
 * @param outputs the outputs, with change marked
 * @param totalIn the sum of the inputs, in satoshis
 * @param totalOut the sum of the outputs, in satoshis
 * @param fee {@code totalIn - totalOut}
 * @param sent the sum of the outputs that are not change
 * @param flags risk flags
 * @param warnings further findings in plain language
 * @param summary one plain-language line
 */
public record BitcoinIntent(
        int psbtVersion,
        Network network,
        List<DecodedInput> inputs,
        List<DecodedOutput> outputs,
        long totalIn,
        long totalOut,
        long fee,
        long sent,
        Set<BitcoinFlag> flags,
        List<String> warnings,
        String summary) {
    public BitcoinIntent {
        Objects.requireNonNull(network, "network is null");
        Objects.requireNonNull(summary, "summary is null");
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs is null"));
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs is null"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings is null"));
        Objects.requireNonNull(flags, "flags is null");
        flags = Collections.unmodifiableSet(
                flags.isEmpty() ? EnumSet.noneOf(BitcoinFlag.class) : EnumSet.copyOf(flags));
        if (fee < 0) {
            throw new IllegalArgumentException("fee is negative: " + fee);
        }
    }

    public boolean hasFlag(BitcoinFlag flag) {
        return flags.contains(flag);
    }
}
