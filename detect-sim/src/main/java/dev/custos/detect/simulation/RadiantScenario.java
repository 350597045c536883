package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Radiant Capital (2024): a zipped "PDF" from an impersonated ex-contractor installs a backdoor on three signers'
 * laptops; five weeks later, during a routine change, the malware swaps the payload; "failed" submissions harvest
 * signatures; the signed transaction transfers ownership of the core contract, which is then upgraded.
 */
public final class RadiantScenario implements AttackScenario {
    @Override
    public String name() {
        return "radiant";
    }

    @Override
    public String modelledOn() {
        return "Radiant Capital 2024: signer laptop backdoors, resubmission errors, ownership transfer + upgrade";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person first = context.victim(Role.KEY_HOLDER);
        Person second = context.victim(Role.KEY_HOLDER, first);
        Person third = context.victim(Role.KEY_HOLDER, first, second);
        Wallet wallet = context.organisation().wallet("warm-eth");
        context.involve(wallet.id());
        String backdoor = context.freshName("helper-");
        Instant lure = context.before(Duration.ofDays(35));
        for (Person signer : List.of(first, second, third)) {
            sink.exec(lure, signer.name(), signer.laptop(), "Archive Utility", "Finder", "open contractor-report.zip");
            sink.exec(lure.plusSeconds(45), signer.name(), signer.laptop(), backdoor, "launchd", "");
            lure = lure.plus(Duration.ofHours(5));
        }
        String provider = context.organisation().wallet("bridge-eth").address();
        Instant theft = context.theftTime();
        for (int attempt = 0; attempt < 3; attempt++) {
            context.request(theft.minusSeconds(1_800 - 400L * attempt), first.name(), wallet, provider, 0)
                    .put("event.outcome", "failure");
        }
        context.theft(theft, first.name(), wallet, provider, 0)
                .putArray("custos.approvals")
                .add(second.name())
                .add(third.name());
        String attacker = context.freshAddress();
        sink.governance(
                theft.plusSeconds(60),
                "ownership_transferred",
                first.name(),
                wallet,
                provider,
                wallet.address(),
                attacker);
        sink.governance(
                theft.plusSeconds(180),
                "contract_upgraded",
                first.name(),
                wallet,
                provider,
                "v3",
                context.freshAddress());
    }
}
