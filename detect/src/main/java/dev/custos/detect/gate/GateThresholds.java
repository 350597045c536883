package dev.custos.detect.gate;

import dev.custos.types.WalletTier;
import java.util.Optional;

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

    /**
     * The thresholds for {@code custos.wallet.tier}; a request that names no tier gets those of warm. (A tier that is
     * not hot, warm or cold never gets here: the gate denies such a request.)
     */
    public static GateThresholds forTier(Optional<WalletTier> tier) {
        return switch (tier.orElse(WalletTier.WARM)) {
            case HOT -> HOT;
            case WARM -> WARM;
            case COLD -> COLD;
        };
    }
}
