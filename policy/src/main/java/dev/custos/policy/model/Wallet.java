package dev.custos.policy.model;

import dev.custos.types.WalletTier;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A wallet as the quorum-signed policy declares it: the only source of its tier and of what counts as its own.
 *
 * @param id the wallet id requests name
 * @param tier hot, warm or cold
 * @param chain {@code ethereum}, {@code bitcoin} or {@code solana} (the chain whose prices value its transfers)
 * @param ownAddresses the wallet's own addresses ({@link Destination#canonical}): a payment back to one is not an
 *     outflow
 * @param fingerprints BIP32 master fingerprints of its keys, 8 lower-case hex digits (Bitcoin change detection)
 * @param ownScripts exact locking scripts of its own, lower-case hex (Bitcoin change detection)
 */
public record Wallet(
        String id,
        WalletTier tier,
        String chain,
        List<String> ownAddresses,
        List<String> fingerprints,
        List<String> ownScripts) {
    public Wallet {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(tier, "tier is null");
        Objects.requireNonNull(chain, "chain is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("wallet id is empty");
        }
        if (!chain.equals("ethereum") && !chain.equals("bitcoin") && !chain.equals("solana")) {
            throw new IllegalArgumentException(
                    "wallet " + id + ": chain must be ethereum, bitcoin or solana, got '" + chain + "'");
        }
        ownAddresses = Objects.requireNonNull(ownAddresses, "ownAddresses is null").stream()
                .map(Destination::canonical)
                .toList();
        fingerprints = lower(fingerprints, "fingerprints");
        ownScripts = lower(ownScripts, "ownScripts");
    }

    private static List<String> lower(List<String> values, String what) {
        return Objects.requireNonNull(values, what + " is null").stream()
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .toList();
    }
}
