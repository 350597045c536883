package dev.custos.detect.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An ops engineer's laptop, compromised, exfiltrates the payout service's configuration through DNS the day before
 * the theft: 600 questions in 90 minutes, each carrying 50 base-32 characters under a fresh domain. The stolen payout
 * token then drains the hot wallets: twenty requests a few seconds apart from the attacker's network.
 */
public final class DnsTunnelScenario implements AttackScenario {
    static final int QUESTIONS = 600;
    static final int REQUESTS = 20;

    @Override
    public String name() {
        return "dns-tunnel";
    }

    @Override
    public String modelledOn() {
        return "DNS tunnelling exfiltration of secrets from an engineer's host (OilRig/DNSpionage-style), then token theft";
    }

    @Override
    public void inject(AttackContext context) {
        Person engineer = context.victim(Role.OPS);
        context.involve(engineer.laptop());
        context.involve(Organisation.PAYOUT_SERVICE);
        String domain = context.freshName("metrics-") + ".example";
        Instant exfiltration = context.before(Duration.ofHours(26));
        for (int index = 0; index < QUESTIONS; index++) {
            StringBuilder label = new StringBuilder();
            for (int c = 0; c < 50; c++) {
                label.append("abcdefghijklmnopqrstuvwxyz234567"
                        .charAt(context.random().nextInt(32)));
            }
            context.sink()
                    .dns(
                            exfiltration.plusSeconds(9L * index),
                            engineer.laptop(),
                            label + "." + index + "." + domain,
                            "TXT");
        }
        Origin attacker = context.attackerOrigin(false, engineer);
        List<Wallet> hot =
                context.organisation().wallets().stream().filter(Wallet::isHot).toList();
        Instant time = context.theftTime();
        for (int index = 0; index < REQUESTS; index++) {
            Wallet wallet = hot.get(index % hot.size());
            context.involve(wallet.id());
            double amount =
                    Math.min(8_000 + 10_000 * context.random().nextDouble(), 0.5 * context.balance(wallet, time));
            ObjectNode request =
                    context.theft(time, Organisation.PAYOUT_SERVICE, wallet, context.freshAddress(), amount);
            attacker.writeNetworkTo(request);
            time = time.plusSeconds(2 + context.random().nextInt(4));
        }
    }
}
