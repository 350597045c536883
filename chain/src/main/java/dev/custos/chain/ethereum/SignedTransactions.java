package dev.custos.chain.ethereum;

import dev.custos.chain.DecodingException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Assembles signed Ethereum transactions and checks them before they leave for a node: a signature attached to an
 * unsigned transaction in its own type's encoding (legacy with the EIP-155 {@code v}, EIP-2930 and EIP-1559 with
 * {@code yParity}), and the checks every broadcast must pass. Independent of any RPC client.
 */
public final class SignedTransactions {
    private SignedTransactions() {}

    /**
     * {@code unsigned} with {@code signature} attached. The signature must be low-S (EIP-2: nodes refuse high-S since
     * Homestead, so a high-S one would only fail later at the node) and the transaction must not be signed already.
     */
    public static EthereumTransaction withSignature(EthereumTransaction unsigned, TransactionSignature signature) {
        Objects.requireNonNull(unsigned, "unsigned is null");
        Objects.requireNonNull(signature, "signature is null");
        if (unsigned.signature().isPresent()) {
            throw new IllegalArgumentException("the transaction is already signed");
        }
        if (!signature.isLowS()) {
            throw new IllegalArgumentException("the signature has a high s (EIP-2 requires s <= n/2)");
        }
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

    /**
     * Checks {@code signed} before it is broadcast and returns it decoded: canonically encoded, signed, replay-protected
     * (a chain id), low-S, and sent by {@code sender} (a wrong signature still recovers to <em>some</em> address, so
     * the sender is what tells a good signature from a bad one).
     *
     * @throws BroadcastRefusedException naming the first check that failed
     */
    public static EthereumTransaction requireBroadcastable(byte[] signed, Address sender) {
        Objects.requireNonNull(signed, "signed is null");
        Objects.requireNonNull(sender, "sender is null");
        EthereumTransaction transaction;
        try {
            transaction = TransactionDecoder.decode(signed);
        } catch (DecodingException e) {
            throw new BroadcastRefusedException("the bytes are not an Ethereum transaction: " + e.getMessage());
        }
        if (!Arrays.equals(transaction.encode(), signed)) {
            throw new BroadcastRefusedException("the transaction is not canonically encoded");
        }
        TransactionSignature signature = transaction
                .signature()
                .orElseThrow(() -> new BroadcastRefusedException("the transaction is not signed"));
        if (transaction.chainId().isEmpty()) {
            throw new BroadcastRefusedException("the transaction has no chain id (replayable on any chain)");
        }
        if (!signature.isLowS()) {
            throw new BroadcastRefusedException("the signature has a high s (EIP-2 requires s <= n/2)");
        }
        Optional<Address> recovered = transaction.sender();
        if (!recovered.map(sender::equals).orElse(false)) {
            throw new BroadcastRefusedException("the transaction's sender is "
                    + recovered.map(Address::toChecksumHex).orElse("unrecoverable") + ", not "
                    + sender.toChecksumHex());
        }
        return transaction;
    }
}
