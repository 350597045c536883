package dev.custos.ecdsa.ot;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Runs a base-OT batch in process, for tests of the layers above. */
public final class OtFixtures {
    private OtFixtures() {}

    /** Both ends of one direction: seed pairs for the extension receiver, chosen seeds for the extension sender. */
    public record Setup(OtSeedPairs receiverSeeds, OtChosenSeeds senderSeeds) {}

    public static Setup setup(SecureRandom random) {
        byte[] context = "fixture".getBytes(StandardCharsets.US_ASCII);
        BaseOtSender sender = BaseOtSender.start(context, random);
        BaseOtReceiver.Result result = BaseOtReceiver.respond(context, sender.message(random), random);
        return new Setup(sender.finish(result.reply()), result.seeds());
    }
}
