package dev.custos.policy.facts;

import dev.custos.chain.intent.Transfer;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A derived transfer with what the policy makes of it.
 *
 * @param transfer the movement, derived from the payload
 * @param own the recipient is one of the wallet's own addresses (not an outflow)
 * @param usd its USD value from the price table; empty when unpriced or not valued (NFTs, operator approvals)
 */
public record ValuedTransfer(Transfer transfer, boolean own, Optional<BigDecimal> usd) {
    public ValuedTransfer {
        Objects.requireNonNull(transfer, "transfer is null");
        Objects.requireNonNull(usd, "usd is null");
    }
}
