package dev.custos.chain.rpc;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mined transaction's receipt, as far as Custos reads it.
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
        List<LogEntry> logs) {
    public Receipt {
        Objects.requireNonNull(transactionHash, "transactionHash is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(contractAddress, "contractAddress is null");
        Objects.requireNonNull(gasUsed, "gasUsed is null");
        logs = List.copyOf(Objects.requireNonNull(logs, "logs is null"));
    }
}
