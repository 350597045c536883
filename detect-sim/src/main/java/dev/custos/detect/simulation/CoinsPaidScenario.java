package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;

/**
 * CoinsPaid (2023): months of reconnaissance, a noisy password-spraying wave, then a fake job interview makes an
 * engineer run a "technical test"; with the engineer's access the attacker forges legitimate-looking withdrawal
 * requests through the payout service.
 */
public final class CoinsPaidScenario implements AttackScenario {
    private static final int SPRAYED = 6;

    @Override
    public String name() {
        return "coinspaid";
    }

    @Override
    public String modelledOn() {
        return "CoinsPaid 2023: password spraying, fake interview test task, forged payout requests";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Instant spray = context.before(Duration.ofDays(15));
        for (int index = 0; index < SPRAYED; index++) {
            Person target =
                    Randoms.pick(context.random(), context.organisation().inRole(Role.ENGINEER));
            for (int attempt = 0; attempt < 7; attempt++) {
                Origin bot = context.attackerOrigin(false, target);
                sink.login(spray.plusSeconds(index * 600L + attempt * 20L), target.name(), bot, "password", false);
            }
        }
        Person engineer = context.victim(Role.ENGINEER);
        Instant test = context.before(Duration.ofDays(1));
        sink.exec(test, engineer.name(), engineer.laptop(), "npm", "zsh", "npm run technical-test");
        sink.exec(test.plusSeconds(90), engineer.name(), engineer.laptop(), context.freshName("agent-"), "node", "");
        Origin attacker = context.attackerOrigin(true, engineer);
        Instant access = test.plus(Duration.ofHours(5));
        sink.login(access, engineer.name(), attacker, "session_cookie", true);
        sink.exec(access.plusSeconds(400), engineer.name(), "ops-bastion-2", "kubectl", "bash", "kubectl get secrets");
        sink.exec(access.plusSeconds(900), engineer.name(), Organisation.SERVICE_HOST, "curl", "bash", "curl -X POST");
        context.involve(Organisation.PAYOUT_SERVICE);
        Instant time = context.theftTime();
        for (String walletId : new String[] {"hot-eth", "hot-tron"}) {
            Wallet wallet = context.organisation().wallet(walletId);
            context.involve(wallet.id());
            for (int index = 0; index < 6; index++) {
                double amount = (0.10 + 0.06 * context.random().nextDouble()) * context.balance(wallet, time);
                context.theft(time, Organisation.PAYOUT_SERVICE, wallet, context.freshAddress(), amount);
                time = time.plusSeconds(120 + context.random().nextInt(300));
            }
        }
    }
}
