package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;

/**
 * A trusted insider: an operations engineer adds an "OTC desk" to the warm wallet's allowlist, pays it modest,
 * growing amounts for weeks from their own device and hours, and then sends it a third of the wallet.
 */
public final class SlowInsiderScenario implements AttackScenario {
    private static final int TRUST_PAYMENTS = 8;

    @Override
    public String name() {
        return "slow-insider";
    }

    @Override
    public String modelledOn() {
        return "insider building trust: allowlisted desk, weeks of growing payments, one large transfer";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person insider = context.victim(Role.OPS);
        Wallet wallet = context.organisation().wallet("warm-eth");
        context.involve(wallet.id());
        String desk = context.freshAddress();
        Origin own = Origin.home(insider);
        Instant listed = context.before(Duration.ofDays(28)).plus(Duration.ofHours(1));
        sink.walletAccess(listed, "wallet.allowlist_add", insider.name(), wallet, context.balance(wallet, listed), own)
                .put("custos.allowlist.address", desk);
        double amount = 40_000;
        for (int index = 0; index < TRUST_PAYMENTS; index++) {
            Instant time = context.before(Duration.ofDays(25 - 3L * index)).plus(Duration.ofHours(2));
            context.request(time, insider.name(), wallet, desk, amount);
            amount *= 1.35;
        }
        Instant theft = context.theftTime();
        context.theft(theft, insider.name(), wallet, desk, 0.35 * context.balance(wallet, theft));
    }
}
