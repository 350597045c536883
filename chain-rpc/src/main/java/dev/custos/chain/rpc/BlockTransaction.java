package dev.custos.chain.rpc;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * What Custos reads of a transaction in a block: who sent how much ether to whom.
 *
 * @param hash the transaction hash
 * @param index its position in the block
 * @param from the sender
 * @param to the recipient; empty for a contract creation
 * @param value the ether it sends, in wei
 */
public record BlockTransaction(Hash32 hash, long index, Address from, Optional<Address> to, BigInteger value) {
    public BlockTransaction {
        Objects.requireNonNull(hash, "hash is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(value, "value is null");
        if (index < 0) {
            throw new IllegalArgumentException("index is negative: " + index);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value is negative: " + value);
        }
    }
}
