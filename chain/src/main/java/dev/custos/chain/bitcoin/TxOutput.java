package dev.custos.chain.bitcoin;

import java.util.Objects;

/**
 * A transaction output.
 *
 * @param amount the amount in satoshis
 * @param scriptPubKey the locking script
 */
public record TxOutput(long amount, byte[] scriptPubKey) {
    /** 21 million bitcoin in satoshis: no amount can be larger. */
    public static final long MAX_MONEY = 21_000_000L * 100_000_000L;

    public TxOutput {
        Objects.requireNonNull(scriptPubKey, "scriptPubKey is null");
        if (amount < 0 || amount > MAX_MONEY) {
            throw new IllegalArgumentException("amount out of range: " + amount);
        }
        scriptPubKey = scriptPubKey.clone();
    }

    @Override
    public byte[] scriptPubKey() {
        return scriptPubKey.clone();
    }
}
