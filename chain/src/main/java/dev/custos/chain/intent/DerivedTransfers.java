package dev.custos.chain.intent;

import java.util.List;
import java.util.Objects;

/**
 * The value movements derived from a payload, and whether that list is complete.
 *
 * @param transfers every movement found, in call order
 * @param incomplete why the list may miss movements (a delegatecall, calldata to a token contract that does not
 *     decode, contract creation, unrecognised typed data); empty when the list is complete
 * @param unknownCalldata some call carries calldata that does not decode (to a non-token target with no value this is
 *     not incomplete, but rules may still refuse blind signing)
 */
public record DerivedTransfers(List<Transfer> transfers, List<String> incomplete, boolean unknownCalldata) {
    public DerivedTransfers {
        transfers = List.copyOf(Objects.requireNonNull(transfers, "transfers is null"));
        incomplete = List.copyOf(Objects.requireNonNull(incomplete, "incomplete is null"));
    }

    /** True when every value movement the payload authorises is in {@link #transfers}. */
    public boolean complete() {
        return incomplete.isEmpty();
    }
}
