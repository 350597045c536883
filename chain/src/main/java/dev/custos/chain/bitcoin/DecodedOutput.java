package dev.custos.chain.bitcoin;

import java.util.Objects;
import java.util.Optional;

/**
 * An output, classified.
 *
 * @param index the output index
 * @param amount the amount in satoshis
 * @param script the locking script
 * @param address the address, when the script is standard
 * @param change whether the output returns to the signer's own keys
 */
public record DecodedOutput(int index, long amount, Script script, Optional<String> address, boolean change) {
    public DecodedOutput {
        Objects.requireNonNull(script, "script is null");
        Objects.requireNonNull(address, "address is null");
    }

    public ScriptType scriptType() {
        return script.type();
    }
}
