package dev.custos.policy.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The prices the policy trusts: the only source of USD values. An asset without a price is unpriced, and a request
 * moving it gets {@link #unpriced}.
 *
 * @param asOf the date the prices were set, shown with every valuation
 * @param prices one entry per chain and asset
 * @param unpriced what a request moving an unpriced asset needs (default: one {@code treasury} approval)
 */
public record PriceTable(Optional<LocalDate> asOf, List<Price> prices, Effect unpriced) {
    /** The default effect for unpriced assets: escalate to one treasury approver. */
    public static final Effect DEFAULT_UNPRICED = new Effect.RequireApprovals(List.of("treasury"), 1);

    /** No prices: every asset is unpriced. */
    public static final PriceTable EMPTY = new PriceTable(Optional.empty(), List.of(), DEFAULT_UNPRICED);

    public PriceTable {
        Objects.requireNonNull(asOf, "asOf is null");
        Objects.requireNonNull(unpriced, "unpriced is null");
        prices = List.copyOf(Objects.requireNonNull(prices, "prices is null"));
        Set<String> seen = new HashSet<>();
        for (Price price : prices) {
            if (!seen.add(price.chain() + "/" + price.asset())) {
                throw new IllegalArgumentException("duplicate price for " + price.asset() + " on " + price.chain());
            }
        }
    }

    public Optional<Price> price(String chain, String asset) {
        return prices.stream()
                .filter(price -> price.chain().equals(chain) && price.asset().equals(asset))
                .findFirst();
    }
}
