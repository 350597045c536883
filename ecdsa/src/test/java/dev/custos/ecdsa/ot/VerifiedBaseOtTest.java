package dev.custos.ecdsa.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedBaseOtTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CONTEXT = "vsot test 1->2".getBytes(StandardCharsets.US_ASCII);

    /** One run up to the challenge: the sender's verification, the receiver's output and the challenge. */
    private record Run(SenderVerification sender, OtChosenSeeds chosen, BaseOtChallenge challenge) {}

    private static Run challenged() {
        BaseOtSender sender = BaseOtSender.start(CONTEXT, RANDOM);
        BaseOtReceiver.Result result = BaseOtReceiver.respond(CONTEXT, sender.message(RANDOM), RANDOM);
        SenderVerification verification = sender.challenge(result.reply());
        return new Run(verification, result.seeds(), verification.challenge());
    }

    @Test
    void verifiedTransfer_honest_bothChecksPassAndSeedsAgree() throws BaseOtException {
        Run run = challenged();
        BaseOtResponse response = BaseOtReceiver.answer(CONTEXT, run.chosen(), run.challenge());
        BaseOtOpening opening = run.sender().open(response);
        BaseOtReceiver.verifyOpening(CONTEXT, run.chosen(), run.challenge(), opening);
        OtSeedPairs pads = run.sender().verifiedSeeds();
        assertThatThrownBy(() -> run.sender().verifiedSeeds()).isInstanceOf(IllegalStateException.class);
        int ones = 0;
        for (int k = 0; k < BaseOt.COUNT; k++) {
            int bit = run.chosen().choice(k);
            ones += bit;
            assertThat(run.chosen().seed(k)).isEqualTo(pads.seed(k, bit));
            assertThat(run.chosen().seed(k)).isNotEqualTo(pads.seed(k, 1 - bit));
        }
        assertThat(ones).isBetween(20, 108);
    }

    @Test
    void open_receiverAnswersWithoutItsChoice_blamesReceiver() {
        Run run = challenged();
        // A receiver that answers H(H(ρ_k)) without applying its choice bit: wrong wherever it chose 1.
        byte[] responses = new byte[PadHashes.VECTOR_LENGTH];
        for (int k = 0; k < BaseOt.COUNT; k++) {
            byte[] padHash = PadHashes.padHash(CONTEXT, k, run.chosen().seed(k));
            PadHashes.put(responses, k, PadHashes.doubleHash(CONTEXT, k, padHash));
        }
        assertThatThrownBy(() -> run.sender().open(new BaseOtResponse(responses)))
                .isInstanceOfSatisfying(
                        BaseOtException.class,
                        e -> assertThat(e.culprit()).isEqualTo(BaseOtException.Culprit.RECEIVER));
        assertThatThrownBy(() -> run.sender().verifiedSeeds()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void open_oneResponseByteFlipped_blamesReceiver() throws BaseOtException {
        Run run = challenged();
        byte[] responses =
                BaseOtReceiver.answer(CONTEXT, run.chosen(), run.challenge()).responses();
        responses[BaseOt.COUNT * PadHashes.LENGTH - 1] ^= 1;
        assertThatThrownBy(() -> run.sender().open(new BaseOtResponse(responses)))
                .isInstanceOfSatisfying(
                        BaseOtException.class,
                        e -> assertThat(e.culprit()).isEqualTo(BaseOtException.Culprit.RECEIVER));
    }

    @Test
    void verifyOpening_senderUsedWrongPadOnChosenSide_blamesSender() throws BaseOtException {
        Run run = challenged();
        BaseOtResponse response = BaseOtReceiver.answer(CONTEXT, run.chosen(), run.challenge());
        BaseOtOpening honest = run.sender().open(response);
        // The sender consistently replaces the pad of OT 5 on the side the receiver chose (challenge and opening
        // agree).
        int k = 5;
        int bit = run.chosen().choice(k);
        byte[] wrongPadHash = PadHashes.padHash(CONTEXT, k, new byte[32]);
        byte[] zero = honest.zeroHashes();
        byte[] one = honest.oneHashes();
        PadHashes.put(bit == 0 ? zero : one, k, wrongPadHash);
        byte[] challenges = run.challenge().challenges();
        byte[] zeroDouble = PadHashes.doubleHash(CONTEXT, k, PadHashes.slice(zero, k));
        byte[] oneDouble = PadHashes.doubleHash(CONTEXT, k, PadHashes.slice(one, k));
        for (int i = 0; i < PadHashes.LENGTH; i++) {
            challenges[k * PadHashes.LENGTH + i] = (byte) (zeroDouble[i] ^ oneDouble[i]);
        }
        BaseOtChallenge cheatingChallenge = new BaseOtChallenge(challenges);
        BaseOtOpening cheatingOpening = new BaseOtOpening(zero, one);
        assertThatThrownBy(
                        () -> BaseOtReceiver.verifyOpening(CONTEXT, run.chosen(), cheatingChallenge, cheatingOpening))
                .isInstanceOfSatisfying(
                        BaseOtException.class, e -> assertThat(e.culprit()).isEqualTo(BaseOtException.Culprit.SENDER));
    }

    @Test
    void verifyOpening_challengeInconsistentWithOpening_blamesSender() throws BaseOtException {
        Run run = challenged();
        // A sender probing a choice bit: a tampered challenge for OT 0, then the honest opening.
        byte[] challenges = run.challenge().challenges();
        challenges[0] ^= 1;
        BaseOtChallenge tampered = new BaseOtChallenge(challenges);
        BaseOtResponse response = BaseOtReceiver.answer(CONTEXT, run.chosen(), tampered);
        BaseOtOpening opening = openIgnoringResponse(run, response);
        assertThatThrownBy(() -> BaseOtReceiver.verifyOpening(CONTEXT, run.chosen(), tampered, opening))
                .isInstanceOfSatisfying(
                        BaseOtException.class, e -> assertThat(e.culprit()).isEqualTo(BaseOtException.Culprit.SENDER));
    }

    @Test
    void answer_zeroChallengeEntry_isRefusedBlamingSender() {
        Run run = challenged();
        byte[] challenges = run.challenge().challenges();
        java.util.Arrays.fill(challenges, 3 * PadHashes.LENGTH, 4 * PadHashes.LENGTH, (byte) 0);
        BaseOtChallenge probe = new BaseOtChallenge(challenges);
        assertThat(probe.hasZeroEntry()).isTrue();
        assertThat(run.challenge().hasZeroEntry()).isFalse();
        assertThatThrownBy(() -> BaseOtReceiver.answer(CONTEXT, run.chosen(), probe))
                .isInstanceOfSatisfying(
                        BaseOtException.class, e -> assertThat(e.culprit()).isEqualTo(BaseOtException.Culprit.SENDER));
    }

    @Test
    void verifyOpening_zeroChallengeWithEqualOpenings_blamesSender() throws BaseOtException {
        // The probe the xor check alone misses: ξ = 0 for every OT, and after learning each choice bit from the
        // answer, the sender opens both sides as the hash of the chosen pad, so H(open0) ⊕ H(open1) = 0 = ξ.
        Run run = challenged();
        BaseOtOpening honest = run.sender().open(BaseOtReceiver.answer(CONTEXT, run.chosen(), run.challenge()));
        byte[] zero = honest.zeroHashes();
        byte[] one = honest.oneHashes();
        for (int k = 0; k < BaseOt.COUNT; k++) {
            byte[] chosen = PadHashes.slice(run.chosen().choice(k) == 0 ? zero : one, k);
            PadHashes.put(zero, k, chosen);
            PadHashes.put(one, k, chosen);
        }
        BaseOtChallenge probe = new BaseOtChallenge(new byte[BaseOt.COUNT * PadHashes.LENGTH]);
        assertThatThrownBy(
                        () -> BaseOtReceiver.verifyOpening(CONTEXT, run.chosen(), probe, new BaseOtOpening(zero, one)))
                .isInstanceOfSatisfying(
                        BaseOtException.class, e -> assertThat(e.culprit()).isEqualTo(BaseOtException.Culprit.SENDER));
    }

    @Test
    void verifyOpening_otherSideOfOpeningChanged_blamesSender() throws BaseOtException {
        Run run = challenged();
        BaseOtOpening honest = run.sender().open(BaseOtReceiver.answer(CONTEXT, run.chosen(), run.challenge()));
        int k = 9;
        int other = 1 - run.chosen().choice(k);
        byte[] zero = honest.zeroHashes();
        byte[] one = honest.oneHashes();
        (other == 0 ? zero : one)[k * PadHashes.LENGTH] ^= 1;
        BaseOtOpening tampered = new BaseOtOpening(zero, one);
        assertThatThrownBy(() -> BaseOtReceiver.verifyOpening(CONTEXT, run.chosen(), run.challenge(), tampered))
                .isInstanceOfSatisfying(
                        BaseOtException.class, e -> assertThat(e.culprit()).isEqualTo(BaseOtException.Culprit.SENDER));
    }

    @Test
    void verificationMessages_roundTripThroughEncoding() throws Exception {
        Run run = challenged();
        BaseOtResponse response = BaseOtReceiver.answer(CONTEXT, run.chosen(), run.challenge());
        BaseOtOpening opening = run.sender().open(response);
        MessageWriter writer = MessageWriter.message(1, 1);
        run.challenge().writeTo(writer);
        response.writeTo(writer);
        opening.writeTo(writer);
        MessageReader reader = MessageReader.message(writer.toByteArray(), 1, 1);
        assertThat(BaseOtChallenge.readFrom(reader)).isEqualTo(run.challenge());
        assertThat(BaseOtResponse.readFrom(reader)).isEqualTo(response);
        assertThat(BaseOtOpening.readFrom(reader)).isEqualTo(opening);
        reader.end();
    }

    @Test
    void verificationMessages_wrongLength_rejected() {
        assertThatThrownBy(() -> new BaseOtChallenge(new byte[PadHashes.VECTOR_LENGTH - 1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BaseOtResponse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("responses is null");
        assertThatThrownBy(() -> new BaseOtOpening(new byte[PadHashes.VECTOR_LENGTH], new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void challenge_calledTwice_refused() {
        BaseOtSender sender = BaseOtSender.start(CONTEXT, RANDOM);
        BaseOtReceiver.Result result = BaseOtReceiver.respond(CONTEXT, sender.message(RANDOM), RANDOM);
        sender.challenge(result.reply());
        assertThatThrownBy(() -> sender.challenge(result.reply())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sender.finish(result.reply())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sender.message(RANDOM)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void receiverMessage_identityChoice_rejected() {
        List<Element> choices = new ArrayList<>();
        for (int k = 0; k < BaseOt.COUNT; k++) {
            choices.add(k == 7 ? Secp256k1.GROUP.identity() : Secp256k1.GROUP.generator());
        }
        assertThatThrownBy(() -> new BaseOtReceiverMessage(choices))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identity");
    }

    @Test
    void receiverMessage_offCurvePoint_rejectedWhenDecoding() {
        List<Element> choices = new ArrayList<>();
        for (int k = 0; k < BaseOt.COUNT; k++) {
            choices.add(Secp256k1.GROUP.generator());
        }
        MessageWriter writer = MessageWriter.message(1, 1);
        new BaseOtReceiverMessage(choices).writeTo(writer);
        byte[] bytes = writer.toByteArray();
        int length = Secp256k1.GROUP.elementLength();
        int offset = bytes.length - length;
        // x = 5 has no square root y on secp256k1 (5^3 + 7 = 132 is not a square mod p).
        java.util.Arrays.fill(bytes, offset + 1, bytes.length, (byte) 0);
        bytes[bytes.length - 1] = 5;
        assertThatThrownBy(() -> {
                    MessageReader reader = MessageReader.message(bytes, 1, 1);
                    BaseOtReceiverMessage.readFrom(reader);
                })
                .isInstanceOf(InvalidEncodingException.class);
    }

    @Test
    void senderMessage_identityKey_rejected() {
        BaseOtSenderMessage honest = BaseOtSender.start(CONTEXT, RANDOM).message(RANDOM);
        assertThatThrownBy(() -> new BaseOtSenderMessage(Secp256k1.GROUP.identity(), honest.proof()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("identity");
    }

    @Test
    void select_picksByBit() {
        Element zero = Secp256k1.GROUP.generator();
        Element one = zero.add(zero);
        assertThat(BaseOtReceiver.select(0, zero, one).encode()).isEqualTo(zero.encode());
        assertThat(BaseOtReceiver.select(1, zero, one).encode()).isEqualTo(one.encode());
    }

    /** The opening an honest sender would send, computed from a second honest run of the sender's code. */
    private static BaseOtOpening openIgnoringResponse(Run run, BaseOtResponse ignored) throws BaseOtException {
        BaseOtResponse honestResponse = BaseOtReceiver.answer(CONTEXT, run.chosen(), run.challenge());
        return run.sender().open(honestResponse);
    }
}
