package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;

/**
 * DMM Bitcoin via Ginco (2024): a recruiter's "pre-employment test" compromises an employee; weeks of session-cookie
 * reuse from the attacker's network; then a routine refill request is altered to send most of the warm wallet to the
 * attacker.
 */
public final class DmmGincoScenario implements AttackScenario {
    @Override
    public String name() {
        return "dmm-ginco";
    }

    @Override
    public String modelledOn() {
        return "DMM Bitcoin / Ginco 2024: pre-employment test, session cookie reuse, altered legitimate request";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person employee = context.victim(Role.OPS);
        Wallet wallet = context.organisation().wallet("warm-btc");
        context.involve(wallet.id());
        Instant test = context.before(Duration.ofDays(21));
        sink.exec(test, employee.name(), employee.laptop(), "python3", "zsh", "python3 assessment.py");
        Origin attacker = context.attackerOrigin(true, employee);
        for (int visit = 0; visit < 6; visit++) {
            Instant time = context.before(Duration.ofDays(16 - 3L * visit)).plus(Duration.ofMinutes(37));
            sink.login(time, employee.name(), attacker, "session_cookie", true);
            sink.walletAccess(
                    time.plusSeconds(120),
                    "wallet.view",
                    employee.name(),
                    wallet,
                    context.balance(wallet, time),
                    attacker);
        }
        Instant theft = context.theftTime();
        context.theft(theft, employee.name(), wallet, context.freshAddress(), 0.85 * context.balance(wallet, theft));
    }
}
