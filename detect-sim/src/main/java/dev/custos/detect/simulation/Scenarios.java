package dev.custos.detect.simulation;

import java.util.List;

/** The scenario library. */
public final class Scenarios {
    private Scenarios() {}

    /** Every scenario, in a fixed order. */
    public static List<AttackScenario> all() {
        return List.of(
                new RoninScenario(),
                new HarmonyScenario(),
                new CoinsPaidScenario(),
                new DmmGincoScenario(),
                new WazirxScenario(),
                new RadiantScenario(),
                new BybitScenario(),
                new DriftScenario(),
                new HotWalletDrainScenario(),
                new SlowInsiderScenario(),
                new TokenDrainScenario(),
                new BeaconingRatScenario(),
                new DnsTunnelScenario(),
                new FakeRecruiterScenario());
    }
}
