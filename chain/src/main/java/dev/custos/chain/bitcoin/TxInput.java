package dev.custos.chain.bitcoin;

import java.util.Objects;

/**
 * A transaction input.
 *
 * @param previousTxid the spent transaction's id, in display order (reversed from the serialized bytes)
 * @param outputIndex the spent output's index
 * @param scriptSig the unlocking script (empty in an unsigned transaction)
 * @param sequence the sequence number
 */
public record TxInput(Txid previousTxid, long outputIndex, byte[] scriptSig, long sequence) {
    public TxInput {
        Objects.requireNonNull(previousTxid, "previousTxid is null");
        scriptSig = Objects.requireNonNull(scriptSig, "scriptSig is null").clone();
    }

    @Override
    public byte[] scriptSig() {
        return scriptSig.clone();
    }
}
