package dev.custos.coordinator.job;

import dev.custos.chain.ethereum.AccessListTransaction;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.LegacyTransaction;
import dev.custos.chain.ethereum.TransactionSignature;
import java.util.Optional;

/** An unsigned Ethereum transaction with a signature attached, in its own type's encoding. */
final class SignedTransactions {
    private SignedTransactions() {}

    static EthereumTransaction withSignature(EthereumTransaction unsigned, TransactionSignature signature) {
        Optional<TransactionSignature> attached = Optional.of(signature);
        return switch (unsigned) {
            case LegacyTransaction tx ->
                new LegacyTransaction(
                        tx.chainId(),
                        tx.nonce(),
                        tx.gasPrice(),
                        tx.gasLimit(),
                        tx.to(),
                        tx.value(),
                        tx.data(),
                        attached);
            case AccessListTransaction tx ->
                new AccessListTransaction(
                        tx.chainIdValue(),
                        tx.nonce(),
                        tx.gasPrice(),
                        tx.gasLimit(),
                        tx.to(),
                        tx.value(),
                        tx.data(),
                        tx.accessList(),
                        attached);
            case DynamicFeeTransaction tx ->
                new DynamicFeeTransaction(
                        tx.chainIdValue(),
                        tx.nonce(),
                        tx.maxPriorityFeePerGas(),
                        tx.maxFeePerGas(),
                        tx.gasLimit(),
                        tx.to(),
                        tx.value(),
                        tx.data(),
                        tx.accessList(),
                        attached);
        };
    }
}
