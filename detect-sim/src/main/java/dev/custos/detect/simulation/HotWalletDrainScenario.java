package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stake.com / CoinEx (2023): the payout service's credentials leak; from abroad, the attacker drains the hot wallets
 * on several chains in parallel within an hour.
 */
public final class HotWalletDrainScenario implements AttackScenario {
    @Override
    public String name() {
        return "hot-wallet-drain";
    }

    @Override
    public String modelledOn() {
        return "Stake.com / CoinEx 2023: leaked hot-wallet credentials, parallel drains on three chains";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        context.involve(Organisation.PAYOUT_SERVICE);
        Person anyone = context.organisation().people().getFirst();
        Origin attacker = context.attackerOrigin(false, anyone);
        Instant theft = context.theftTime();
        sink.login(theft.minus(Duration.ofMinutes(50)), Organisation.PAYOUT_SERVICE, attacker, "api_key", true);
        Instant time = theft;
        for (int round = 0; round < 3; round++) {
            for (String walletId : List.of("hot-eth", "hot-btc", "hot-tron")) {
                Wallet wallet = context.organisation().wallet(walletId);
                context.involve(wallet.id());
                double amount = 0.3 * context.balance(wallet, time);
                context.theft(time, Organisation.PAYOUT_SERVICE, wallet, context.freshAddress(), amount);
                time = time.plusSeconds(20 + context.random().nextInt(60));
            }
            time = time.plus(Duration.ofMinutes(10));
        }
    }
}
