package dev.custos.chain.bitcoin;

import java.util.Objects;
import java.util.Optional;

/**
 * An input with the output it spends.
 *
 * @param previousTxid the spent transaction
 * @param outputIndex the spent output index
 * @param amount the spent amount in satoshis
 * @param scriptType the spent script's type
 * @param address the spent script's address, when standard
 */
public record DecodedInput(
        Txid previousTxid, long outputIndex, long amount, ScriptType scriptType, Optional<String> address) {
    public DecodedInput {
        Objects.requireNonNull(previousTxid, "previousTxid is null");
        Objects.requireNonNull(scriptType, "scriptType is null");
        Objects.requireNonNull(address, "address is null");
    }
}
