package dev.custos.ecdsa.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.ot.BaseOt;
import dev.custos.ecdsa.ot.BaseOtChallenge;
import dev.custos.ecdsa.presign.Presign;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Review finding 2 (2026-12): the base-OT verification is one-shot. A probing challenge tells its sender the answering
 * party's Δ; so once a party has answered a challenge for a pair, that pair must never verify again (nor be used), and
 * a verified pair must never answer again.
 */
class OtPairStateTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier P1 = Identifier.of(1);
    private static final Identifier P2 = Identifier.of(2);
    private static final Identifier P3 = Identifier.of(3);

    @Test
    void verify_zeroChallengeProbe_isNotAnsweredAndRetiresThePair() throws EcdsaException {
        // ξ = 0 would reveal every bit of P1's Δ to P2 and then pass P1's opening check (both sides opened alike)
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        SessionId session = SessionId.random(RANDOM);
        Map<Identifier, OtVerificationRound1> states = start(keys, session);
        List<OtChallengeMessage> toOne = challengesToOne(states, session, new byte[BaseOt.COUNT * 32]);

        assertThatThrownBy(() -> states.get(P1).round2(toOne)).isInstanceOfSatisfying(EcdsaException.class, e -> {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_VERIFICATION_FAILED);
            assertThat(e.culprits()).containsExactly(P2);
        });
        assertThat(keys.get(P1).pairState(P2)).isEqualTo(PairState.BURNED);
    }

    @Test
    void verify_probingChallengeThenSilence_pairNeverVerifiesNorPresigns() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        SessionId session = SessionId.random(RANDOM);
        Map<Identifier, OtVerificationRound1> states = start(keys, session);
        // P2 probes one entry (a wrong ξ_0): P1's answer tells P2 one bit of P1's Δ; P2 then goes silent
        List<OtChallengeMessage> toOne = challengesToOne(states, session, null);
        states.get(P1).round2(toOne);

        assertThat(keys.get(P1).pairStates())
                .containsOnly(Map.entry(P2, PairState.CHALLENGED), Map.entry(P3, PairState.CHALLENGED));
        assertThatThrownBy(() -> OtVerificationCeremony.run(keys, SessionId.random(RANDOM)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_PAIR_RETIRED));
        assertThatThrownBy(() -> OtVerification.start(keys.get(P1), SessionId.random(RANDOM)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_PAIR_RETIRED))
                .hasMessageContaining(P2.toString())
                .hasMessageContaining("refresh");
        assertThatThrownBy(() -> Presign.start(keys.get(P1), SessionId.random(RANDOM), List.of(P1, P2), RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_PAIR_RETIRED));
        // the restored share remembers it
        assertThat(KeyFixtures.copies(keys).get(P1).pairState(P2)).isEqualTo(PairState.CHALLENGED);
    }

    /**
     * The round-1 challenges addressed to P1, with P2's replaced by {@code probe} (or, if null, by P2's honest challenge
     * with the first byte of ξ_0 flipped).
     */
    private static List<OtChallengeMessage> challengesToOne(
            Map<Identifier, OtVerificationRound1> states, SessionId session, byte[] probe) {
        List<OtChallengeMessage> toOne = new ArrayList<>();
        for (Identifier id : List.of(P2, P3)) {
            for (OtChallengeMessage message : states.get(id).messages()) {
                if (message.to().equals(P1)) {
                    if (id.equals(P2)) {
                        byte[] bytes =
                                probe != null ? probe : message.challenge().challenges();
                        if (probe == null) {
                            bytes[0] ^= 1;
                        }
                        toOne.add(new OtChallengeMessage(session, P2, P1, new BaseOtChallenge(bytes)));
                    } else {
                        toOne.add(message);
                    }
                }
            }
        }
        return toOne;
    }

    @Test
    void verify_alreadyVerifiedShare_isRefusedBeforeAnswering() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.fresh(2, 3);
        // refused at the start: no round-1 state exists, so there is nothing that could answer a challenge
        assertThatThrownBy(() -> OtVerification.start(keys.get(P1), SessionId.random(RANDOM)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE))
                .hasMessageContaining("already verified");
        assertThat(keys.get(P1).baseOtsVerified()).isTrue();
    }

    @Test
    void verify_abortedRun_secondRunIsRefused() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        SessionId session = SessionId.random(RANDOM);
        Map<Identifier, OtVerificationRound1> states = start(keys, session);
        List<List<OtChallengeMessage>> round1 = new ArrayList<>();
        for (OtVerificationRound1 state : states.values()) {
            round1.add(state.messages());
        }
        for (Map.Entry<Identifier, OtVerificationRound1> entry : states.entrySet()) {
            List<OtChallengeMessage> inbox = new ArrayList<>();
            round1.forEach(batch ->
                    batch.stream().filter(m -> m.to().equals(entry.getKey())).forEach(inbox::add));
            entry.getValue().round2(inbox);
        }
        // a timeout: nobody gets to round 3; a retry under a new session must not verify the same seeds
        assertThatThrownBy(() -> OtVerificationCeremony.run(keys, SessionId.random(RANDOM)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_PAIR_RETIRED));
        for (KeyShare key : keys.values()) {
            assertThat(key.pairStates().values()).containsOnly(PairState.CHALLENGED);
        }
    }

    private static Map<Identifier, OtVerificationRound1> start(Map<Identifier, KeyShare> keys, SessionId session)
            throws EcdsaException {
        Map<Identifier, OtVerificationRound1> states = new TreeMap<>();
        for (Map.Entry<Identifier, KeyShare> entry : keys.entrySet()) {
            states.put(entry.getKey(), OtVerification.start(entry.getValue(), session));
        }
        return states;
    }
}
