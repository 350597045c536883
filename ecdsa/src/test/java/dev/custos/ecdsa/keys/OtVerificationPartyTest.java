package dev.custos.ecdsa.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.demo.EcdsaDemo;
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

class OtVerificationPartyTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier ONE = Identifier.of(1);
    private static final Identifier TWO = Identifier.of(2);

    private final Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
    private final SessionId session = SessionId.random(RANDOM);
    private final Map<Identifier, OtVerificationParty> parties = new TreeMap<>();

    private void startAll() {
        keys.forEach((id, key) -> parties.put(id, OtVerificationParty.start(key, session)));
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
        startAll();
        List<List<OtChallengeMessage>> round1 = new ArrayList<>();
        for (OtVerificationParty party : parties.values()) {
            round1.add(party.round1());
        }
        List<List<OtResponseMessage>> round2 = new ArrayList<>();
        for (Map.Entry<Identifier, OtVerificationParty> entry : parties.entrySet()) {
            round2.add(entry.getValue().round2(to(entry.getKey(), round1, OtChallengeMessage::to)));
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
        EcdsaDemo.verifyBaseOts(keys, session);
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
        assertThatThrownBy(() -> parties.get(ONE).round3(toOne)).isInstanceOfSatisfying(EcdsaException.class, e -> {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_VERIFICATION_FAILED);
            assertThat(e.culprits()).containsExactly(TWO);
        });
        assertThatThrownBy(() -> parties.get(ONE).finish(List.of()))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE));
    }

    @Test
    void finish_peerSendsWrongOpening_blamesThatPeer() throws EcdsaException {
        List<List<OtResponseMessage>> round2 = runToResponses();
        List<List<OtOpeningMessage>> round3 = new ArrayList<>();
        for (Map.Entry<Identifier, OtVerificationParty> entry : parties.entrySet()) {
            round3.add(entry.getValue().round3(to(entry.getKey(), round2, OtResponseMessage::to)));
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
        assertThatThrownBy(() -> parties.get(ONE).finish(toOne)).isInstanceOfSatisfying(EcdsaException.class, e -> {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_VERIFICATION_FAILED);
            assertThat(e.culprits()).containsExactly(TWO);
        });
        Identifier three = Identifier.of(3);
        parties.get(three).finish(to(three, round3, OtOpeningMessage::to));
    }

    @Test
    void round2_beforeRound1_isRefused() {
        startAll();
        assertThatThrownBy(() -> parties.get(ONE).round2(List.of()))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE));
    }

    @Test
    void round2_challengeFromOtherSession_blamesSender() throws EcdsaException {
        startAll();
        parties.get(ONE).round1();
        List<OtChallengeMessage> fromTwo = new ArrayList<>();
        for (OtChallengeMessage message : parties.get(TWO).round1()) {
            if (message.to().equals(ONE)) {
                fromTwo.add(new OtChallengeMessage(SessionId.random(RANDOM), TWO, ONE, message.challenge()));
            }
        }
        assertThatThrownBy(() -> parties.get(ONE).round2(fromTwo)).isInstanceOfSatisfying(EcdsaException.class, e -> {
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
