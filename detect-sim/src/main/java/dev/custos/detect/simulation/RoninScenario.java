package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;

/**
 * Ronin (2022): a fake job offer's PDF installs spyware on an engineer's laptop; the attacker reaches the signing
 * infrastructure with the engineer's identity, exports key material, and two withdrawals drain most of the bridge.
 */
public final class RoninScenario implements AttackScenario {
    @Override
    public String name() {
        return "ronin";
    }

    @Override
    public String modelledOn() {
        return "Ronin bridge 2022: spyware PDF offer, validator keys, two bridge withdrawals";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person engineer = context.victim(Role.OPS);
        Wallet bridge = context.organisation().wallet("bridge-eth");
        context.involve(bridge.id());
        Instant lure = context.before(Duration.ofDays(14));
        sink.exec(lure, engineer.name(), engineer.laptop(), "OfferViewer", "Preview", "OfferViewer --open offer.pdf");
        sink.exec(
                lure.plusSeconds(30), engineer.name(), engineer.laptop(), context.freshName("updater-"), "launchd", "");
        Origin attacker = context.attackerOrigin(true, engineer);
        Instant access = context.before(Duration.ofDays(6)).plus(Duration.ofHours(3));
        sink.login(access, engineer.name(), attacker, "sso", true);
        sink.exec(
                access.plusSeconds(300),
                engineer.name(),
                "signer-2",
                "custos-signer",
                "bash",
                "custos-signer keys list");
        sink.walletAccess(
                access.plusSeconds(600),
                "wallet.key_export_request",
                engineer.name(),
                bridge,
                context.balance(bridge, access),
                attacker);
        Instant theft = context.theftTime();
        sink.login(theft.minusSeconds(900), engineer.name(), attacker, "sso", true);
        double first = 0.55 * context.balance(bridge, theft);
        String drop = context.freshAddress();
        context.theft(theft, engineer.name(), bridge, drop, first);
        Instant second = theft.plusSeconds(420);
        context.theft(second, engineer.name(), bridge, context.freshAddress(), 0.6 * context.balance(bridge, second));
        sink.transferOut(theft.plusSeconds(60), bridge, drop, first, "0x" + context.freshName("") + "ab");
    }
}
