package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;

/**
 * Drift (2026): months of in-person social engineering and compromised devices of council members; the council is
 * migrated to 2-of-5 with no time lock and new signers; pre-signed approvals then execute an admin takeover and 31
 * withdrawals within twelve minutes.
 */
public final class DriftScenario implements AttackScenario {
    private static final int WITHDRAWALS = 31;

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public String modelledOn() {
        return "Drift 2026: compromised council devices, threshold 3->2 and time lock removed, 31 withdrawals";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person member = context.victim(Role.KEY_HOLDER);
        Person other = context.victim(Role.KEY_HOLDER, member);
        Person admin = context.victim(Role.ADMIN);
        Wallet wallet = context.organisation().wallet("bridge-eth");
        context.involve(wallet.id());
        Instant lure = context.before(Duration.ofDays(40));
        sink.exec(lure, member.name(), member.laptop(), "Code Helper (Plugin)", "Code", "open folder quant-strategy");
        sink.exec(lure.plus(Duration.ofDays(2)), other.name(), other.laptop(), "TestFlight", "launchd", "");
        Instant migration = context.before(Duration.ofDays(5));
        sink.governance(migration, "threshold_changed", admin.name(), wallet, wallet.address(), "3", "2");
        sink.governance(
                migration.plusSeconds(120), "timelock_changed", admin.name(), wallet, wallet.address(), "172800", "0");
        for (int signer = 0; signer < 4; signer++) {
            sink.governance(
                    migration.plusSeconds(240 + 60L * signer),
                    "signer_added",
                    admin.name(),
                    wallet,
                    wallet.address(),
                    "",
                    context.freshName("signer-"));
        }
        Instant time = context.theftTime();
        for (int index = 0; index < WITHDRAWALS; index++) {
            double amount = 0.06 * context.balance(wallet, time);
            context.theft(time, member.name(), wallet, context.freshAddress(), amount)
                    .putArray("custos.approvals")
                    .add(other.name());
            time = time.plusSeconds(10 + context.random().nextInt(30));
        }
    }
}
