package dev.custos.chain.intent;

import dev.custos.chain.Hex;
import dev.custos.chain.abi.FunctionCategory;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeTransaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives the value movements a payload authorises from its decoded bytes: native value of every call, ERC-20, ERC-721
 * and ERC-1155 transfers and approvals, Permit2 calls, recursively through {@code execTransaction}, module executions
 * and {@code multiSend}, and the Safe gas refund (EIP-712 messages: {@code
 * dev.custos.chain.eip712.TypedDataTransfers}). Whatever cannot be derived makes the
 * result {@linkplain DerivedTransfers#complete() incomplete} with a reason; nothing is silently treated as harmless.
 */
public final class TransferDerivation {
    /** The asset name of the chain's own coin. */
    public static final String NATIVE_ASSET = "native";

    private final TransferContext context;
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<String> incomplete = new ArrayList<>();
    private boolean unknownCalldata;

    private TransferDerivation(TransferContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    /** The movements of a decoded raw transaction or Safe transaction (without the Safe gas refund). */
    public static DerivedTransfers of(Intent intent, TransferContext context) {
        Objects.requireNonNull(intent, "intent is null");
        TransferDerivation derivation = new TransferDerivation(context);
        derivation.call(intent.call());
        return derivation.result();
    }

    /**
     * The movements of a Safe transaction: those of its call tree plus the gas refund of up to {@code (safeTxGas +
     * baseGas) × gasPrice} in {@code gasToken} to {@code refundReceiver} (the zero address stands for the executor).
     */
    public static DerivedTransfers ofSafeTransaction(
            SafeTransaction transaction, Intent intent, TransferContext context) {
        Objects.requireNonNull(transaction, "transaction is null");
        Objects.requireNonNull(intent, "intent is null");
        TransferDerivation derivation = new TransferDerivation(context);
        derivation.call(intent.call());
        if (transaction.gasPrice().signum() > 0) {
            BigInteger refund =
                    transaction.safeTxGas().add(transaction.baseGas()).multiply(transaction.gasPrice());
            boolean nativeRefund = transaction.gasToken().equals(Address.ZERO);
            derivation.transfers.add(new Transfer(
                    nativeRefund ? Transfer.Kind.NATIVE : Transfer.Kind.TOKEN,
                    nativeRefund ? NATIVE_ASSET : address(transaction.gasToken()),
                    address(transaction.refundReceiver()),
                    refund));
        }
        return derivation.result();
    }

    /** The lowercase {@code 0x} form used in transfers. */
    public static String address(Address address) {
        return Hex.encode(address.bytes());
    }

    private DerivedTransfers result() {
        return new DerivedTransfers(transfers, incomplete, unknownCalldata);
    }

    private void call(DecodedCall call) {
        Optional<Address> target = call.target();
        String where = target.map(TransferDerivation::address).orElse("contract creation");
        if (target.isEmpty()) {
            incomplete.add("contract creation: what the init code does with "
                    + (call.value().signum() > 0 ? call.value() + " wei" : "the wallet's authority")
                    + " is not derived");
            return;
        }
        if (call.operation() == Operation.DELEGATECALL) {
            delegateCall(call, target.get(), where);
            return;
        }
        if (call.value().signum() > 0) {
            transfers.add(new Transfer(Transfer.Kind.NATIVE, NATIVE_ASSET, where, call.value()));
        }
        if (call.function().isEmpty()) {
            if (call.data().length > 0) {
                unknownCalldata = true;
                if (context.standard(target.get()).isPresent()) {
                    incomplete.add("calldata to token contract " + where + " does not decode: "
                            + call.decodeError().orElse("unknown function"));
                }
            }
            return;
        }
        if (call.decodeError().isPresent()) {
            // the function decoded but the calls it carries did not
            unknownCalldata = true;
            incomplete.add(
                    "calls carried by " + call.function().get().function().name() + " on " + where + " do not decode: "
                            + call.decodeError().get());
            return;
        }
        try {
            transfers.addAll(FunctionTransfers.of(call.function().get(), target.get(), context));
        } catch (IllegalArgumentException e) {
            incomplete.add(call.function().get().function().name() + " on " + where + ": " + e.getMessage());
        }
        call.innerCalls().forEach(this::call);
    }

    private void delegateCall(DecodedCall call, Address target, String where) {
        boolean multiSend = call.function()
                .map(function -> function.function().category() == FunctionCategory.MULTI_SEND)
                .orElse(false);
        if (multiSend
                && context.trustedMultiSend().contains(target)
                && call.decodeError().isEmpty()) {
            call.innerCalls().forEach(this::call);
            return;
        }
        if (call.function().isEmpty() && call.data().length > 0) {
            unknownCalldata = true;
        }
        incomplete.add("delegatecall to " + where
                + " runs that contract's code with the wallet's funds: its value movements are not derived");
        call.innerCalls().forEach(this::call);
    }
}
