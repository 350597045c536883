package dev.custos.e2e.evm;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mined transaction's receipt, as far as the tests read it.
 *
 * @param transactionHash the transaction hash, 0x-prefixed
 * @param from the sender the node recovered from the signature
 * @param to the recipient; empty for a contract creation
 * @param contractAddress the created contract, for a contract creation
 * @param succeeded status 1
 * @param type the transaction type (0 legacy, 1 EIP-2930, 2 EIP-1559)
 * @param gasUsed the gas the transaction used
 * @param logs the logs it emitted
 */
public record Receipt(
        String transactionHash,
        Address from,
        Optional<Address> to,
        Optional<Address> contractAddress,
        boolean succeeded,
        int type,
        BigInteger gasUsed,
        List<Log> logs) {
    public Receipt {
        Objects.requireNonNull(transactionHash, "transactionHash is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(contractAddress, "contractAddress is null");
        Objects.requireNonNull(gasUsed, "gasUsed is null");
        logs = List.copyOf(Objects.requireNonNull(logs, "logs is null"));
    }

    /**
     * One log entry.
     *
     * @param address the contract that emitted it
     * @param topics its topics, 0x-prefixed hex
     * @param data its data, 0x-prefixed hex
     */
    public record Log(Address address, List<String> topics, String data) {
        public Log {
            Objects.requireNonNull(address, "address is null");
            topics = List.copyOf(Objects.requireNonNull(topics, "topics is null"));
            Objects.requireNonNull(data, "data is null");
        }
    }
}
