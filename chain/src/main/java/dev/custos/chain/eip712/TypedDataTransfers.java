package dev.custos.chain.eip712;

import dev.custos.chain.intent.DerivedTransfers;
import dev.custos.chain.intent.Transfer;
import dev.custos.chain.intent.TransferContext;
import dev.custos.chain.intent.TransferDerivation;
import java.util.List;
import java.util.Objects;

/**
 * The grants of a signed EIP-712 message as transfers: every permit (EIP-2612, DAI, Permit2 single, batch and transfer
 * permits) as an {@link Transfer.Kind#APPROVAL} of its amount to its spender, a SafeTx as the Safe transaction it
 * stands for. Any other typed data is incomplete: an off-chain signature can authorise whatever the verifying contract
 * accepts, and nothing here can say what that is.
 */
public final class TypedDataTransfers {
    private TypedDataTransfers() {}

    public static DerivedTransfers derive(TypedMessage message, TransferContext context) {
        Objects.requireNonNull(message, "message is null");
        Objects.requireNonNull(context, "context is null");
        return switch (message.kind()) {
            case EIP2612_PERMIT,
                    DAI_PERMIT,
                    PERMIT2_SINGLE,
                    PERMIT2_BATCH,
                    PERMIT2_TRANSFER_FROM,
                    PERMIT2_BATCH_TRANSFER_FROM ->
                new DerivedTransfers(
                        message.grants().stream()
                                .map(grant -> new Transfer(
                                        Transfer.Kind.APPROVAL,
                                        TransferDerivation.address(grant.token()),
                                        TransferDerivation.address(grant.spender()),
                                        grant.amount()))
                                .toList(),
                        List.of(),
                        false);
            case SAFE_TX ->
                message.safeTransaction()
                        .map(intent -> TransferDerivation.of(intent, context))
                        .orElseGet(() -> new DerivedTransfers(
                                List.of(), List.of("SafeTx typed data whose transaction was not decoded"), false));
            case GENERIC ->
                new DerivedTransfers(
                        List.of(),
                        List.of("typed data of primary type " + message.primaryType()
                                + " is not a recognised permit: what the signature authorises is not derived"),
                        false);
        };
    }
}
