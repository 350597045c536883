package dev.custos.detect.gate;

import java.util.Locale;

/**
 * Risk thresholds of the signing gate for one wallet tier: at or above {@code escalateAt} a request needs more
 * approvals and a delay, at or above {@code denyAt} it is refused. Colder wallets hold more and escalate sooner.
 */
public record GateThresholds(int escalateAt, int denyAt) {
    public static final GateThresholds HOT = new GateThresholds(50, 85);
    public static final GateThresholds WARM = new GateThresholds(45, 80);
    public static final GateThresholds COLD = new GateThresholds(40, 75);

    public GateThresholds {
        if (escalateAt < 1 || denyAt > 100 || escalateAt >= denyAt) {
            throw new IllegalArgumentException("need 1 <= escalateAt < denyAt <= 100: " + escalateAt + ", " + denyAt);
        }
    }

    /** The thresholds for {@code custos.wallet.tier}; unknown or missing tiers are treated as warm. */
    public static GateThresholds forTier(String tier) {
        if (tier == null) {
            return WARM;
        }
        return switch (tier.toLowerCase(Locale.ROOT)) {
            case "hot" -> HOT;
            case "cold" -> COLD;
            default -> WARM;
        };
    }
}
