package dev.custos.chain.rpc;

import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * What Custos reads of a block: its place in the chain and its time.
 *
 * @param number the block number
 * @param hash the block hash
 * @param parentHash the parent's hash (a reorganisation shows as a parent hash that differs from what was seen)
 * @param timestamp seconds since the epoch
 * @param baseFeePerGas the EIP-1559 base fee; empty before London
 */
public record BlockHeader(
        long number, Hash32 hash, Hash32 parentHash, long timestamp, Optional<BigInteger> baseFeePerGas) {
    public BlockHeader {
        if (number < 0) {
            throw new IllegalArgumentException("number is negative: " + number);
        }
        Objects.requireNonNull(hash, "hash is null");
        Objects.requireNonNull(parentHash, "parentHash is null");
        Objects.requireNonNull(baseFeePerGas, "baseFeePerGas is null");
    }
}
