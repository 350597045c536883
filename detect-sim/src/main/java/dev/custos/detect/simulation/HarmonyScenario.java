package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Harmony Horizon (2022): the keys of two of five multisig owners (on servers) are taken; the two owners submit and
 * confirm a burst of large withdrawals within twenty minutes.
 */
public final class HarmonyScenario implements AttackScenario {
    private static final int WITHDRAWALS = 12;

    @Override
    public String name() {
        return "harmony";
    }

    @Override
    public String modelledOn() {
        return "Harmony Horizon 2022: 2 of 5 owner keys, burst of 12 withdrawals in 20 minutes";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person first = context.victim(Role.KEY_HOLDER);
        Person second = context.victim(Role.KEY_HOLDER, first);
        Wallet wallet = context.organisation().wallet("warm-eth");
        context.involve(wallet.id());
        Origin attacker = context.attackerOrigin(false, first);
        Instant access = context.before(Duration.ofHours(2));
        for (Person owner : List.of(first, second)) {
            sink.login(access, owner.name(), attacker, "ssh_key", true);
            sink.exec(access.plusSeconds(120), owner.name(), "signer-1", "custos", "sshd", "custos sign --batch");
            access = access.plusSeconds(240);
        }
        List<String> drops = List.of(context.freshAddress(), context.freshAddress(), context.freshAddress());
        Instant time = context.theftTime();
        for (int index = 0; index < WITHDRAWALS; index++) {
            Person initiator = index % 2 == 0 ? first : second;
            double amount = 0.08 * context.balance(wallet, time);
            context.theft(time, initiator.name(), wallet, drops.get(index % drops.size()), amount)
                    .putArray("custos.approvals")
                    .add(first.name())
                    .add(second.name());
            time = time.plusSeconds(60 + context.random().nextInt(60));
        }
    }
}
