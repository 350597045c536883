package dev.custos.ecdsa.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaseOtTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CONTEXT = "test session 1->2".getBytes(StandardCharsets.US_ASCII);

    @Test
    void transfer_receiverGetsTheSeedOfItsChoice_andNotTheOther() {
        BaseOtSender sender = BaseOtSender.start(CONTEXT, RANDOM);
        BaseOtReceiver.Result result = BaseOtReceiver.respond(CONTEXT, sender.message(RANDOM), RANDOM);
        OtSeedPairs pairs = sender.finish(result.reply());
        OtChosenSeeds chosen = result.seeds();
        int ones = 0;
        for (int k = 0; k < BaseOt.COUNT; k++) {
            int bit = chosen.choice(k);
            ones += bit;
            assertThat(chosen.seed(k)).isEqualTo(pairs.seed(k, bit));
            assertThat(chosen.seed(k)).isNotEqualTo(pairs.seed(k, 1 - bit));
        }
        assertThat(ones).isBetween(20, 108);
    }

    @Test
    void respond_proofFromOtherContext_isRejected() {
        BaseOtSender sender = BaseOtSender.start(CONTEXT, RANDOM);
        BaseOtSenderMessage message = sender.message(RANDOM);
        byte[] otherContext = "test session 1->3".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> BaseOtReceiver.respond(otherContext, message, RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proof of knowledge");
    }

    @Test
    void respond_keyWithoutKnownSecret_isRejected() {
        BaseOtSenderMessage honest = BaseOtSender.start(CONTEXT, RANDOM).message(RANDOM);
        Element other = Secp256k1.GROUP.multiplyGenerator(Secp256k1.FIELD.randomNonZero(RANDOM));
        BaseOtSenderMessage forged = new BaseOtSenderMessage(other, honest.proof());
        assertThatThrownBy(() -> BaseOtReceiver.respond(CONTEXT, forged, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seeds_destroy_wipesAndRefusesUse() {
        BaseOtSender sender = BaseOtSender.start(CONTEXT, RANDOM);
        BaseOtReceiver.Result result = BaseOtReceiver.respond(CONTEXT, sender.message(RANDOM), RANDOM);
        OtChosenSeeds chosen = result.seeds();
        chosen.destroy();
        assertThat(chosen.isDestroyed()).isTrue();
        assertThat(chosen.toString()).contains("redacted");
        assertThatThrownBy(() -> chosen.seed(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void finish_receiverSendsSenderKeyAsChoice_seedsStillDiffer() {
        BaseOtSender sender = BaseOtSender.start(CONTEXT, RANDOM);
        BaseOtSenderMessage message = sender.message(RANDOM);
        List<Element> choices = new ArrayList<>();
        for (int k = 0; k < BaseOt.COUNT; k++) {
            choices.add(message.publicKey());
        }
        OtSeedPairs pairs = sender.finish(new BaseOtReceiverMessage(choices));
        assertThat(pairs.seed(0, 0)).isNotEqualTo(pairs.seed(0, 1));
        assertThat(DiscreteLogProof.LENGTH).isEqualTo(65);
    }
}
