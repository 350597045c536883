package dev.custos.chain.intent;

import dev.custos.chain.DecodingException;
import dev.custos.chain.abi.FunctionRegistry;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.chain.safe.ConfirmationCheck;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeConfirmation;
import dev.custos.chain.safe.SafeSignatureVerifier;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTxHasher;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Turns Safe transactions and raw Ethereum transactions into {@link Intent}s. */
public final class IntentDecoder {
    private final FunctionRegistry registry;
    private final AddressBook addressBook;

    public IntentDecoder(FunctionRegistry registry, AddressBook addressBook) {
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.addressBook = Objects.requireNonNull(addressBook, "addressBook is null");
    }

    /** A decoder with the built-in table of well-known functions. */
    public static IntentDecoder withWellKnownFunctions(AddressBook addressBook) {
        return new IntentDecoder(FunctionRegistry.wellKnown(), addressBook);
    }

    /**
     * Decodes a Safe transaction. The safeTxHash is computed from the fields for {@code chainId} and {@code version};
     * every confirmation is checked against that computed hash, not against the hash the input claims.
     */
    public Intent decodeSafeTransaction(SafeTransaction transaction, BigInteger chainId, SafeVersion version) {
        Objects.requireNonNull(transaction, "transaction is null");
        Objects.requireNonNull(chainId, "chainId is null");
        Objects.requireNonNull(version, "version is null");
        Hash32 hash = SafeTxHasher.safeTxHash(transaction, chainId, version);
        CallAnalyzer analyzer = new CallAnalyzer(registry, addressBook, Optional.of(transaction.safe()));
        DecodedCall call = analyzer.analyze(
                Optional.of(transaction.to()), transaction.value(), transaction.operation(), transaction.data());
        List<String> warnings = new ArrayList<>();
        transaction
                .claimedSafeTxHash()
                .filter(claimed -> !claimed.equals(hash))
                .ifPresent(claimed -> warnings.add(
                        "the input's safeTxHash " + claimed + " differs from the hash computed from its fields (" + hash
                                + ") for chain " + chainId + " and Safe " + version
                                + ": the fields were altered, or the chain id or Safe version is wrong"));
        if (transaction.gasPrice().signum() > 0) {
            warnings.add("pays a gas refund of up to (safeTxGas + baseGas) x gasPrice = (" + transaction.safeTxGas()
                    + " + " + transaction.baseGas() + ") x " + transaction.gasPrice() + " in token "
                    + transaction.gasToken() + " to " + transaction.refundReceiver()
                    + " (zero address: the executor)");
        }
        List<ConfirmationCheck> checks = new ArrayList<>();
        Set<Flag> flags = call.allFlags();
        for (SafeConfirmation confirmation : transaction.confirmations()) {
            ConfirmationCheck check = SafeSignatureVerifier.check(hash, confirmation);
            checks.add(check);
            if (check.isMismatch()) {
                flags.add(Flag.SIGNATURE_MISMATCH);
                warnings.add("confirmation by " + check.owner() + " does not match: " + check.detail());
            }
        }
        SummaryWriter summary = new SummaryWriter(chainId);
        String line = "Safe " + transaction.safe() + " nonce " + transaction.nonce() + ": " + summary.describe(call);
        return new Intent(
                IntentSource.SAFE_TRANSACTION,
                Optional.of(chainId),
                Optional.of(transaction.safe()),
                Optional.of(version),
                Optional.of(transaction.nonce()),
                call,
                Optional.of(hash),
                checks,
                Optional.empty(),
                flags,
                warnings,
                line);
    }

    /** Decodes raw transaction bytes; see {@link #decodeRawTransaction(EthereumTransaction)}. */
    public Intent decodeRawTransaction(byte[] raw) throws DecodingException {
        return decodeRawTransaction(TransactionDecoder.decode(raw));
    }

    /** Decodes an Ethereum transaction sent from an externally owned account (always a plain call). */
    public Intent decodeRawTransaction(EthereumTransaction transaction) {
        Objects.requireNonNull(transaction, "transaction is null");
        CallAnalyzer analyzer = new CallAnalyzer(registry, addressBook, Optional.empty());
        DecodedCall call = analyzer.analyze(transaction.to(), transaction.value(), Operation.CALL, transaction.data());
        List<String> warnings = new ArrayList<>();
        if (transaction.chainId().isEmpty()) {
            warnings.add("legacy transaction without EIP-155 replay protection: valid on every chain");
        }
        transaction
                .signature()
                .filter(signature -> !signature.isLowS())
                .ifPresent(signature ->
                        warnings.add("signature has a high s value, which nodes reject since EIP-2 (Homestead)"));
        if (transaction.signature().isPresent() && transaction.sender().isEmpty()) {
            warnings.add("the signature does not recover to any sender");
        }
        BigInteger chainId = transaction.chainId().orElse(BigInteger.ONE);
        String prefix = transaction.type().displayName() + " transaction"
                + transaction.chainId().map(id -> " on chain " + id).orElse(" (no chain id)")
                + " nonce " + transaction.nonce() + ": ";
        String line = prefix + new SummaryWriter(chainId).describe(call);
        Set<Flag> flags = call.allFlags();
        return new Intent(
                IntentSource.RAW_TRANSACTION,
                transaction.chainId(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(transaction.nonce()),
                call,
                Optional.empty(),
                List.of(),
                Optional.of(transaction),
                flags,
                warnings,
                line);
    }
}
