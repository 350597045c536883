package dev.custos.policy.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the evaluator knows about a request from the payload and the policy alone.
 *
 * @param transfers every derived movement, valued
 * @param incomplete why the transfers may miss movements (empty when complete)
 * @param unknownCalldata some call's calldata does not decode
 * @param recipients the distinct recipients of outflows (transfers not to the wallet's own addresses), sorted
 * @param amountUsd the USD value of the priced native and token outflows
 * @param approvalUsd the USD value of the priced allowances granted to others
 * @param unpricedAssets assets of outflows and approvals the price table has no price for, sorted (NFTs count as
 *     unpriced)
 */
public record DerivedFacts(
        List<ValuedTransfer> transfers,
        List<String> incomplete,
        boolean unknownCalldata,
        List<String> recipients,
        BigDecimal amountUsd,
        BigDecimal approvalUsd,
        List<String> unpricedAssets) {
    public DerivedFacts {
        transfers = List.copyOf(Objects.requireNonNull(transfers, "transfers is null"));
        incomplete = List.copyOf(Objects.requireNonNull(incomplete, "incomplete is null"));
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients is null"));
        Objects.requireNonNull(amountUsd, "amountUsd is null");
        Objects.requireNonNull(approvalUsd, "approvalUsd is null");
        unpricedAssets = List.copyOf(Objects.requireNonNull(unpricedAssets, "unpricedAssets is null"));
    }

    public boolean complete() {
        return incomplete.isEmpty();
    }

    public boolean unpriced() {
        return !unpricedAssets.isEmpty();
    }

    /** The single recipient of all outflows, or empty when there are none or several. */
    public String singleRecipient() {
        return recipients.size() == 1 ? recipients.getFirst() : "";
    }
}
