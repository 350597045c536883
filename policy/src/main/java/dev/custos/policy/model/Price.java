package dev.custos.policy.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * The USD price of one whole unit of an asset on a chain, from the quorum-signed price table.
 *
 * @param chain {@code ethereum} or {@code bitcoin}
 * @param asset {@code native}, {@code btc} or a lower-case {@code 0x} token contract
 * @param usdPerUnit USD per whole unit (for example 1 USDC, 1 ETH)
 * @param decimals how many smallest units make a whole unit is 10^decimals (USDC 6, ETH 18, BTC 8)
 */
public record Price(String chain, String asset, BigDecimal usdPerUnit, int decimals) {
    public Price {
        Objects.requireNonNull(chain, "chain is null");
        Objects.requireNonNull(asset, "asset is null");
        Objects.requireNonNull(usdPerUnit, "usdPerUnit is null");
        asset = canonicalAsset(chain, asset);
        if (asset.isEmpty()) {
            throw new IllegalArgumentException("price asset is empty");
        }
        if (usdPerUnit.signum() < 0) {
            throw new IllegalArgumentException("price of " + asset + " is negative");
        }
        if (decimals < 0 || decimals > 36) {
            throw new IllegalArgumentException("decimals of " + asset + " must be 0 to 36, got " + decimals);
        }
    }

    /** The USD value of {@code amount} smallest units. */
    public BigDecimal value(BigInteger amount) {
        return new BigDecimal(amount, decimals).multiply(usdPerUnit);
    }

    /**
     * An asset name as prices and transfers are matched: lower case, except Solana token mints, whose base58 is
     * case-sensitive (folding it would let one mint be priced as another).
     */
    public static String canonicalAsset(String chain, String asset) {
        String stripped = asset.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        return chain.equals("solana") && !lower.equals("native") ? stripped : lower;
    }
}
