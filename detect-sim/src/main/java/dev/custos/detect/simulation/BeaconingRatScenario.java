package dev.custos.detect.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * A remote-access trojan on a key holder's laptop: a "wallet audit" file downloaded and run six days before the theft,
 * then check-ins to a fresh command server every five minutes (±20 %) whenever the laptop is on. The attacker then
 * acts from the laptop itself: a cold-wallet withdrawal of a fifth of the balance to a fresh address, from the key
 * holder's own network and device, at an ordinary hour. Only the network traces tell it from the key holder's work.
 */
public final class BeaconingRatScenario implements AttackScenario {
    @Override
    public String name() {
        return "beaconing-rat";
    }

    @Override
    public String modelledOn() {
        return "DPRK remote-access implants on key holders' machines (AppleJeus, the 2024 WazirX and Radiant preludes)";
    }

    @Override
    public void inject(AttackContext context) {
        Person holder = context.victim(Role.KEY_HOLDER);
        Wallet cold = context.organisation().wallet("cold-eth");
        context.involve(cold.id());
        Instant implant = context.before(Duration.ofDays(6));
        String path = "/Users/" + holder.name() + "/Downloads/" + context.freshName("wallet-audit-") + ".app";
        context.sink().file(implant, "download", holder.laptop(), holder.name(), path);
        context.sink()
                .file(implant.plusSeconds(45), "execution", holder.laptop(), holder.name(), path)
                .put("process.name", "launchd");
        String server = context.freshName("cdn-") + ".static-assets.example";
        Instant theft = context.theftTime();
        Implant.beacon(context, holder, server, implant.plusSeconds(120), theft, Duration.ofMinutes(5), 0.2);
        ObjectNode request =
                context.theft(theft, holder.name(), cold, context.freshAddress(), 0.2 * context.balance(cold, theft));
        Origin.home(holder).writeNetworkTo(request);
    }
}
