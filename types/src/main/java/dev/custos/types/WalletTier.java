package dev.custos.types;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How exposed a wallet is ({@code custos.wallet.tier}, docs/EVENTS.md): the signing gate's thresholds and the policy's
 * {@code wallet.tier} depend on it. The vocabulary is closed: text that names no tier is refused, never read as a
 * default tier.
 */
public enum WalletTier {
    /** Online, automated payouts. */
    HOT,
    /** Online, manually operated. */
    WARM,
    /** Offline storage: holds the most, escalates soonest. */
    COLD;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** {@code hot}, {@code warm} or {@code cold}. */
    public String wireName() {
        return wireName;
    }

    /** The tier whose wire name is exactly {@code text} (lower case), or empty. */
    public static Optional<WalletTier> fromWireName(String text) {
        Objects.requireNonNull(text, "text is null");
        for (WalletTier tier : values()) {
            if (tier.wireName.equals(text)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }

    /**
     * The tier named {@code text}.
     *
     * @throws IllegalArgumentException when {@code text} is not {@code hot}, {@code warm} or {@code cold}
     */
    public static WalletTier parse(String text) {
        return fromWireName(text)
                .orElseThrow(() -> new IllegalArgumentException("wallet tier must be hot, warm or cold, not " + text));
    }
}
