package dev.custos.policy.approval.digest;

import dev.custos.chain.bitcoin.BitcoinTransaction;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.Psbt;
import dev.custos.chain.bitcoin.PsbtTransfers;
import dev.custos.chain.bitcoin.WalletKeys;
import dev.custos.chain.eip712.TypedDataTransfers;
import dev.custos.chain.eip712.TypedMessage;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.TransferContext;
import dev.custos.chain.intent.TransferDerivation;
import dev.custos.chain.safe.SafeTransaction;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * Derives the {@link ApprovalSubject} of a decoded payload from its bytes alone, so that an approver's device and every
 * signer node compute the same one without any policy: transfers are derived with no declarations
 * ({@link TransferContext#EMPTY}: ERC-20/ERC-721 shared selectors read as amounts, a delegatecall's inner calls still
 * listed) and, for a PSBT, with no wallet keys ({@link WalletKeys#NONE}: every output is listed, change included).
 * Enforcement derives its own transfers with the policy's declarations; this list is what the approver saw and signed.
 */
public final class ApprovalSubjects {
    private ApprovalSubjects() {}

    /** An unsigned Ethereum transaction: its Keccak-256 signing hash; network = chain id, {@code 0} without EIP-155. */
    public static ApprovalSubject rawTransaction(EthereumTransaction transaction, Intent intent) {
        Objects.requireNonNull(transaction, "transaction is null");
        Objects.requireNonNull(intent, "intent is null");
        return new ApprovalSubject(
                ApprovalChain.ETHEREUM,
                transaction.chainId().orElse(BigInteger.ZERO).toString(),
                PayloadKind.RAW_TX,
                transaction.signingHash().bytes(),
                TransferDerivation.of(intent, TransferContext.EMPTY).transfers());
    }

    /** A Safe transaction decoded for {@code chainId}: the computed safeTxHash and the transfers, refund included. */
    public static ApprovalSubject safeTransaction(SafeTransaction transaction, Intent intent, BigInteger chainId) {
        Objects.requireNonNull(transaction, "transaction is null");
        Objects.requireNonNull(intent, "intent is null");
        Objects.requireNonNull(chainId, "chainId is null");
        byte[] hash = intent.safeTxHash()
                .orElseThrow(() -> new IllegalArgumentException("the intent is not a decoded Safe transaction"))
                .bytes();
        return new ApprovalSubject(
                ApprovalChain.ETHEREUM,
                chainId.toString(),
                PayloadKind.SAFE_TX,
                hash,
                TransferDerivation.ofSafeTransaction(transaction, intent, TransferContext.EMPTY)
                        .transfers());
    }

    /** EIP-712 typed data: the signed digest; network = the domain's chain id, {@code 0} without one. */
    public static ApprovalSubject typedMessage(TypedMessage message) {
        Objects.requireNonNull(message, "message is null");
        return new ApprovalSubject(
                ApprovalChain.ETHEREUM,
                message.chainId().orElse(BigInteger.ZERO).toString(),
                PayloadKind.EIP712,
                message.digest().bytes(),
                TypedDataTransfers.derive(message, TransferContext.EMPTY).transfers());
    }

    /**
     * A PSBT on {@code network}: the txid of its unsigned transaction (internal byte order, as SHA-256d outputs it)
     * and every output as a transfer, in output order.
     */
    public static ApprovalSubject psbt(Psbt psbt, Network network) {
        Objects.requireNonNull(psbt, "psbt is null");
        Objects.requireNonNull(network, "network is null");
        BitcoinTransaction unsigned = UnsignedPsbtTransaction.of(psbt);
        return new ApprovalSubject(
                ApprovalChain.BITCOIN,
                network.name().toLowerCase(Locale.ROOT),
                PayloadKind.PSBT,
                unsigned.txid().internal(),
                PsbtTransfers.derive(psbt, network, WalletKeys.NONE).transfers());
    }
}
