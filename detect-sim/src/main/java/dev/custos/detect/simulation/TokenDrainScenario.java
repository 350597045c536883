package dev.custos.detect.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A stolen service token drains the hot wallets at machine speed: no login, no earlier trace; {@value #REQUESTS}
 * requests one to three seconds apart, round robin over the hot wallets, each of 9,000–21,000 USD (ordinary amounts
 * for a hot wallet, well under any single-request limit) to a fresh address, from a network and an HTTP client the
 * payout service never used. What the gate must see at the first request is the credential's origin.
 */
public final class TokenDrainScenario implements AttackScenario {
    static final int REQUESTS = 60;

    @Override
    public String name() {
        return "token-drain";
    }

    @Override
    public String modelledOn() {
        return "stolen payout-service API token, machine-speed drain of the hot wallets (2023-2025 hot-wallet thefts)";
    }

    @Override
    public void inject(AttackContext context) {
        context.involve(Organisation.PAYOUT_SERVICE);
        Person anyone = context.organisation().people().getFirst();
        Origin attacker = context.attackerOrigin(false, anyone);
        List<Wallet> hot =
                context.organisation().wallets().stream().filter(Wallet::isHot).toList();
        Instant time = context.theftTime();
        for (int index = 0; index < REQUESTS; index++) {
            Wallet wallet = hot.get(index % hot.size());
            context.involve(wallet.id());
            double amount =
                    Math.min(9_000 + 12_000 * context.random().nextDouble(), 0.5 * context.balance(wallet, time));
            ObjectNode request =
                    context.theft(time, Organisation.PAYOUT_SERVICE, wallet, context.freshAddress(), amount);
            attacker.writeNetworkTo(request);
            time = time.plusSeconds(1 + context.random().nextInt(3));
        }
    }
}
