package dev.custos.chain.rpc;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One log a contract emitted, as {@code eth_getLogs} or a receipt returns it.
 *
 * @param address the contract that emitted it
 * @param topics its topics (the first is the event signature's hash, for non-anonymous events)
 * @param data its data
 * @param blockNumber the block it is in
 * @param blockHash that block's hash
 * @param transactionHash the transaction that emitted it
 * @param logIndex its index in the block
 * @param removed whether the node reports it removed by a reorganisation
 */
public record LogEntry(
        Address address,
        List<Hash32> topics,
        byte[] data,
        long blockNumber,
        Hash32 blockHash,
        Hash32 transactionHash,
        long logIndex,
        boolean removed) {
    public LogEntry {
        Objects.requireNonNull(address, "address is null");
        topics = List.copyOf(Objects.requireNonNull(topics, "topics is null"));
        if (topics.size() > 4) {
            throw new IllegalArgumentException("a log has at most 4 topics, not " + topics.size());
        }
        data = Objects.requireNonNull(data, "data is null").clone();
        Objects.requireNonNull(blockHash, "blockHash is null");
        Objects.requireNonNull(transactionHash, "transactionHash is null");
        if (blockNumber < 0 || logIndex < 0) {
            throw new IllegalArgumentException("blockNumber and logIndex must not be negative");
        }
    }

    /** The log's data. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogEntry that
                && address.equals(that.address)
                && topics.equals(that.topics)
                && Arrays.equals(data, that.data)
                && blockNumber == that.blockNumber
                && blockHash.equals(that.blockHash)
                && transactionHash.equals(that.transactionHash)
                && logIndex == that.logIndex
                && removed == that.removed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, topics, Arrays.hashCode(data), blockNumber, blockHash, transactionHash, logIndex);
    }

    @Override
    public String toString() {
        return "LogEntry[" + address + " block " + blockNumber + " index " + logIndex + " topics " + topics + "]";
    }
}
