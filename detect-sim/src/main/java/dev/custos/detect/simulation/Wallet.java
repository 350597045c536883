package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

/**
 * A wallet of the simulated organisation.
 *
 * @param id {@code custos.wallet.id}
 * @param tier hot, warm or cold
 * @param chain {@code custos.tx.chain}
 * @param asset the asset it holds
 * @param address its on-chain address (the destination of refills)
 * @param targetBalanceUsd the balance treasury keeps it at
 */
public record Wallet(String id, String tier, String chain, String asset, String address, double targetBalanceUsd) {
    public Wallet {
        requireNonNull(id, "id is null");
        requireNonNull(tier, "tier is null");
        if (!tier.equals("hot") && !tier.equals("warm") && !tier.equals("cold")) {
            throw new IllegalArgumentException("tier must be hot, warm or cold: " + tier);
        }
        requireNonNull(chain, "chain is null");
        requireNonNull(asset, "asset is null");
        requireNonNull(address, "address is null");
        if (!(targetBalanceUsd > 0)) {
            throw new IllegalArgumentException("targetBalanceUsd must be positive: " + targetBalanceUsd);
        }
    }

    public boolean isHot() {
        return tier.equals("hot");
    }
}
