package dev.custos.ecdsa.presign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.PairState;
import dev.custos.ecdsa.ote.ExtensionMessage;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Review finding 3 (2026-12): each KOS check that a cheating Bob makes fail tells him one bit of Alice's long-term Δ
 * (and each that passes, silently, another). So one failed check must retire the pair for good.
 */
class KosFailureTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier P1 = Identifier.of(1);
    private static final Identifier P2 = Identifier.of(2);
    private static final Identifier P3 = Identifier.of(3);

    @Test
    void round2_failedKosCheck_pairRefusedAfterwardsOtherPairsStillSign() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.fresh(2, 3);
        List<Identifier> signers = List.of(P1, P2);
        SessionId session = SessionId.random(RANDOM);
        PresignRound1 alice = Presign.start(keys.get(P1), session, signers, RANDOM);
        PresignRound1 bob = Presign.start(keys.get(P2), session, signers, RANDOM);
        List<PresignRound1Message> fromBob = new ArrayList<>();
        for (PresignRound1Message message : bob.messages()) {
            ExtensionMessage honest = message.extension();
            byte[] correction = honest.correction();
            correction[3 * 80 + 79] ^= (byte) 0x80; // a padding row of column 3: Bob probes one bit of Δ
            fromBob.add(new PresignRound1Message(
                    message.session(),
                    message.from(),
                    message.to(),
                    message.commitment(),
                    new ExtensionMessage(honest.salt(), correction, honest.choiceCheck(), honest.rowCheck())));
        }
        assertThatThrownBy(() -> alice.round2(fromBob)).isInstanceOfSatisfying(EcdsaException.class, e -> {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_EXTENSION_CHECK_FAILED);
            assertThat(e.culprits()).containsExactly(P2);
        });
        assertThat(alice.isDestroyed()).isTrue();
        assertThatThrownBy(() -> alice.round2(fromBob))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE));

        assertThat(keys.get(P1).pairState(P2)).isEqualTo(PairState.BURNED);
        assertThat(keys.get(P1).pairState(P3)).isEqualTo(PairState.VERIFIED);
        assertThatThrownBy(() -> Presign.start(keys.get(P1), SessionId.random(RANDOM), signers, RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_PAIR_RETIRED))
                .hasMessageContaining(P2.toString());
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        List.of(P1, P3).forEach(id -> stores.put(id, new InMemoryPresignatureStore()));
        assertThat(PresignCeremony.run(keys, List.of(P1, P3), stores, SessionId.random(RANDOM), RANDOM))
                .isNotNull();
    }
}
