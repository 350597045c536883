package dev.custos.ecdsa.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.ot.BaseOtOpening;
import dev.custos.ecdsa.ot.BaseOtResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class OtVerificationTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier ONE = Identifier.of(1);
    private static final Identifier TWO = Identifier.of(2);

    private final Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
    private final SessionId session = SessionId.random(RANDOM);
    private final Map<Identifier, OtVerificationRound1> first = new TreeMap<>();
    private final Map<Identifier, OtVerificationRound2> second = new TreeMap<>();

    private List<List<OtChallengeMessage>> startAll() throws EcdsaException {
        List<List<OtChallengeMessage>> round1 = new ArrayList<>();
        for (Map.Entry<Identifier, KeyShare> entry : keys.entrySet()) {
            OtVerificationRound1 state = OtVerification.start(entry.getValue(), session);
            first.put(entry.getKey(), state);
            round1.add(state.messages());
        }
        return round1;
    }

    private static <M> List<M> to(Identifier recipient, List<List<M>> all, Function<M, Identifier> toOf) {
        List<M> out = new ArrayList<>();
        for (List<M> batch : all) {
            for (M message : batch) {
                if (toOf.apply(message).equals(recipient)) {
                    out.add(message);
                }
            }
        }
        return out;
    }

    private List<List<OtResponseMessage>> runToResponses() throws EcdsaException {
        List<List<OtChallengeMessage>> round1 = startAll();
        List<List<OtResponseMessage>> round2 = new ArrayList<>();
        for (Map.Entry<Identifier, OtVerificationRound1> entry : first.entrySet()) {
            OtVerificationRound2 state = entry.getValue().round2(to(entry.getKey(), round1, OtChallengeMessage::to));
            second.put(entry.getKey(), state);
            round2.add(state.messages());
        }
        return round2;
    }

    private static byte[] flipFirstByte(byte[] bytes) {
        byte[] out = bytes.clone();
        out[0] ^= 1;
        return out;
    }

    @Test
    void verifyBaseOts_honestCommittee_succeeds() throws EcdsaException {
        OtVerificationCeremony.run(keys, session);
        for (KeyShare key : keys.values()) {
            assertThat(key.baseOtsVerified()).isTrue();
        }
    }

    @Test
    void round3_peerSendsWrongResponse_blamesThatPeer() throws EcdsaException {
        List<List<OtResponseMessage>> round2 = runToResponses();
        List<OtResponseMessage> toOne = new ArrayList<>();
        for (OtResponseMessage message : to(ONE, round2, OtResponseMessage::to)) {
            toOne.add(
                    message.from().equals(TWO)
                            ? new OtResponseMessage(
                                    session,
                                    TWO,
                                    ONE,
                                    new BaseOtResponse(
                                            flipFirstByte(message.response().responses())))
                            : message);
        }
        assertThatThrownBy(() -> second.get(ONE).round3(toOne)).isInstanceOfSatisfying(EcdsaException.class, e -> {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_VERIFICATION_FAILED);
            assertThat(e.culprits()).containsExactly(TWO);
        });
        assertThat(keys.get(ONE).pairState(TWO)).isEqualTo(PairState.BURNED);
        // the failed round consumed the state: it cannot be retried, not even with the honest responses
        assertThatThrownBy(() -> second.get(ONE).round3(to(ONE, round2, OtResponseMessage::to)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE));
    }

    @Test
    void finish_peerSendsWrongOpening_blamesThatPeer() throws EcdsaException {
        List<List<OtResponseMessage>> round2 = runToResponses();
        List<List<OtOpeningMessage>> round3 = new ArrayList<>();
        Map<Identifier, OtVerificationRound3> third = new TreeMap<>();
        for (Map.Entry<Identifier, OtVerificationRound2> entry : second.entrySet()) {
            OtVerificationRound3 state = entry.getValue().round3(to(entry.getKey(), round2, OtResponseMessage::to));
            third.put(entry.getKey(), state);
            round3.add(state.messages());
        }
        // Party 2 changes both pad hashes of OT 0 in its opening to party 1: whatever 1 chose, the check fails.
        UnaryOperator<OtOpeningMessage> tamper = message -> new OtOpeningMessage(
                session,
                message.from(),
                message.to(),
                new BaseOtOpening(
                        flipFirstByte(message.opening().zeroHashes()),
                        flipFirstByte(message.opening().oneHashes())));
        List<OtOpeningMessage> toOne = new ArrayList<>();
        for (OtOpeningMessage message : to(ONE, round3, OtOpeningMessage::to)) {
            toOne.add(message.from().equals(TWO) ? tamper.apply(message) : message);
        }
        assertThatThrownBy(() -> third.get(ONE).finish(toOne)).isInstanceOfSatisfying(EcdsaException.class, e -> {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_VERIFICATION_FAILED);
            assertThat(e.culprits()).containsExactly(TWO);
        });
        assertThat(keys.get(ONE).pairState(TWO)).isEqualTo(PairState.BURNED);
        Identifier three = Identifier.of(3);
        third.get(three).finish(to(three, round3, OtOpeningMessage::to));
    }

    @Test
    void round2_calledTwice_isRefusedAndAnswersNothing() throws EcdsaException {
        List<List<OtChallengeMessage>> round1 = startAll();
        List<OtChallengeMessage> toOne = to(ONE, round1, OtChallengeMessage::to);
        first.get(ONE).round2(toOne);
        assertThatThrownBy(() -> first.get(ONE).round2(toOne))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE));
        assertThat(first.get(ONE).isDestroyed()).isTrue();
    }

    @Test
    void round2_destroyedState_isRefusedAndThePairsStayUnverified() throws EcdsaException {
        List<List<OtChallengeMessage>> round1 = startAll();
        first.get(ONE).destroy();
        assertThatThrownBy(() -> first.get(ONE).round2(to(ONE, round1, OtChallengeMessage::to)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE));
        assertThat(keys.get(ONE).pairStates().values()).containsOnly(PairState.UNVERIFIED);
    }

    @Test
    void round2_challengeFromOtherSession_blamesSender() throws EcdsaException {
        startAll();
        List<OtChallengeMessage> fromTwo = new ArrayList<>();
        for (OtChallengeMessage message : first.get(TWO).messages()) {
            if (message.to().equals(ONE)) {
                fromTwo.add(new OtChallengeMessage(SessionId.random(RANDOM), TWO, ONE, message.challenge()));
            }
        }
        assertThatThrownBy(() -> first.get(ONE).round2(fromTwo)).isInstanceOfSatisfying(EcdsaException.class, e -> {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.UNEXPECTED_MESSAGE);
            assertThat(e.culprits()).containsExactly(TWO);
        });
    }

    @Test
    void messages_roundTripThroughEncoding_andRejectTruncation() throws EcdsaException, InvalidEncodingException {
        List<List<OtResponseMessage>> round2 = runToResponses();
        OtResponseMessage response = round2.get(0).get(0);
        OtResponseMessage decoded = OtResponseMessage.decode(response.encode());
        assertThat(decoded.response()).isEqualTo(response.response());
        assertThat(decoded.from()).isEqualTo(response.from());
        byte[] truncated = Arrays.copyOf(response.encode(), response.encode().length - 1);
        assertThatThrownBy(() -> OtResponseMessage.decode(truncated)).isInstanceOf(InvalidEncodingException.class);
        byte[] wrongType = response.encode();
        wrongType[1] = (byte) OtChallengeMessage.TYPE;
        assertThatThrownBy(() -> OtOpeningMessage.decode(wrongType)).isInstanceOf(InvalidEncodingException.class);
    }
}
