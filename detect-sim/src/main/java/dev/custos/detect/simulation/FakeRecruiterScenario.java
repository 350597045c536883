package dev.custos.detect.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * The fake recruiter: a key holder gets a "take-home coding test" from a recruiter at a fresh domain (nine days
 * before the theft); the next day they download it and its setup installs a trojaned package, which adds a launch
 * agent and checks in every ten minutes (±25 %) from then on. On theft day the attacker replays the key holder's
 * session cookie from their own infrastructure and drains the cold wallet in three requests of 15 % each.
 */
public final class FakeRecruiterScenario implements AttackScenario {
    @Override
    public String name() {
        return "fake-recruiter";
    }

    @Override
    public String modelledOn() {
        return "DPRK fake recruiters and trojaned coding tests (Operation Dream Job, the 2022 Ronin and 2024 DMM preludes)";
    }

    @Override
    public void inject(AttackContext context) {
        EventSink sink = context.sink();
        Person holder = context.victim(Role.KEY_HOLDER);
        Wallet cold = context.organisation().wallet("cold-eth");
        context.involve(cold.id());
        context.involve(holder.laptop());
        String recruiter = context.freshName("talent-") + "-careers.example";
        String hash = Randoms.hex(context.random(), 32);
        Instant contact = context.before(Duration.ofDays(9));
        sink.email(contact, holder.name(), "hiring@" + recruiter, "Senior role: take-home coding test")
                .put("email.attachments.file.name", "coding-test.zip")
                .put("email.attachments.file.hash.sha256", hash)
                .put("url.domain", recruiter);
        Instant setup = contact.plus(Duration.ofHours(22));
        String path = "/Users/" + holder.name() + "/Downloads/coding-test.zip";
        sink.file(setup, "download", holder.laptop(), holder.name(), path)
                .put("file.hash.sha256", hash)
                .put("url.domain", recruiter);
        sink.file(setup.plusSeconds(300), "package_install", holder.laptop(), holder.name(), null)
                .put("package.name", context.freshName("test-harness-"))
                .put("process.name", "npm");
        sink.file(
                        setup.plusSeconds(340),
                        "creation",
                        holder.laptop(),
                        holder.name(),
                        "/Users/" + holder.name() + "/Library/LaunchAgents/com." + context.freshName("sync") + ".plist")
                .put("process.name", "node");
        String server = context.freshName("api-") + ".devtools-cdn.example";
        Instant theft = context.theftTime();
        Implant.beacon(context, holder, server, setup.plusSeconds(400), theft, Duration.ofMinutes(10), 0.25);
        Origin attacker = context.attackerOrigin(true, holder);
        sink.login(theft.minusSeconds(1_200), holder.name(), attacker, "session_cookie", true);
        Instant time = theft;
        for (int index = 0; index < 3; index++) {
            ObjectNode request = context.theft(
                    time, holder.name(), cold, context.freshAddress(), 0.15 * context.balance(cold, time));
            attacker.writeNetworkTo(request);
            time = time.plusSeconds(90 + context.random().nextInt(120));
        }
    }
}
