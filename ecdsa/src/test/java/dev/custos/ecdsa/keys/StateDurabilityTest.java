package dev.custos.ecdsa.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presign;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Crash behaviour of the OT-pair state machine: a state that protects a secret is on the store before the message that
 * depends on it exists; a process that dies in between (simulated by a store that fails, or by reloading what the store
 * holds) never comes back with a pair that can be probed again.
 */
class StateDurabilityTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier P1 = Identifier.of(1);
    private static final Identifier P2 = Identifier.of(2);
    private static final Identifier P3 = Identifier.of(3);

    @Test
    void round2_storeFailsBeforeAnswers_noAnswerLeavesAndPairsAreUnusable() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        RecordingStore store = new RecordingStore();
        keys.get(P1).keepIn(store);
        Verification verification = new Verification(keys);
        verification.round1();
        store.failing = true;

        assertThatThrownBy(() -> verification.first.get(P1).round2(verification.inbox1(P1)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.STORAGE_FAILED));
        // in memory the pairs are already retired; on the store they are still unverified, which is safe because no
        // answer was produced
        assertThat(keys.get(P1).pairStates().values()).containsOnly(PairState.CHALLENGED);
        assertThat(store.reload().pairStates().values()).containsOnly(PairState.UNVERIFIED);
    }

    @Test
    void round2_crashAfterStateSaved_reloadedShareNeverVerifiesNorPresigns() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        RecordingStore store = new RecordingStore();
        keys.get(P1).keepIn(store);
        Verification verification = new Verification(keys);
        verification.round1();
        verification.first.get(P1).round2(verification.inbox1(P1)); // the answers exist; the process dies here

        KeyShare reloaded = store.reload();
        assertThat(reloaded.pairStates().values()).containsOnly(PairState.CHALLENGED);
        Map<Identifier, KeyShare> afterRestart = new TreeMap<>(KeyFixtures.copies(keys));
        afterRestart.put(P1, reloaded);
        assertThatThrownBy(() -> OtVerificationCeremony.run(afterRestart, SessionId.random(RANDOM)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_PAIR_RETIRED));
        assertThatThrownBy(() -> Presign.start(reloaded, SessionId.random(RANDOM), List.of(P1, P3), RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.OT_PAIR_RETIRED));
    }

    @Test
    void finish_storeFails_pairsStayRetiredNotVerified() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        RecordingStore store = new RecordingStore();
        keys.get(P1).keepIn(store);
        Verification verification = new Verification(keys);
        verification.round1();
        verification.round2();
        verification.round3();
        store.failing = true;

        assertThatThrownBy(() -> verification.third.get(P1).finish(verification.inbox3(P1)))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.STORAGE_FAILED));
        assertThat(keys.get(P1).pairStates().values()).containsOnly(PairState.CHALLENGED);
        assertThat(store.reload().pairStates().values()).containsOnly(PairState.CHALLENGED);
    }

    @Test
    void finish_success_isSavedBeforeReturning() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        RecordingStore store = new RecordingStore();
        keys.get(P1).keepIn(store);
        Verification verification = new Verification(keys);
        verification.round1();
        verification.round2();
        verification.round3();
        verification.third.get(P1).finish(verification.inbox3(P1));

        assertThat(store.reload().pairStates().values()).containsOnly(PairState.VERIFIED);
    }

    @Test
    void start_sessionCannotBeRecorded_presigningDoesNotStart() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.fresh(2, 3);
        RecordingStore store = new RecordingStore();
        keys.get(P1).keepIn(store);
        store.failing = true;

        assertThatThrownBy(() -> Presign.start(keys.get(P1), SessionId.random(RANDOM), List.of(P1, P2), RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.STORAGE_FAILED));
    }

    @Test
    void keepIn_movesClaimedSessionsAndRefusesASecondStore() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.fresh(2, 3);
        SessionId used = SessionId.random(RANDOM);
        Presign.start(keys.get(P1), used, List.of(P1, P2), RANDOM);
        RecordingStore store = new RecordingStore();
        keys.get(P1).keepIn(store);

        assertThat(store.claimSession(used)).isFalse();
        assertThatThrownBy(() -> keys.get(P1).keepIn(new RecordingStore())).isInstanceOf(IllegalStateException.class);
    }

    /** A store in memory that can be told to fail, and that gives back the share as last saved ("after a restart"). */
    private static final class RecordingStore implements KeyShareStore {
        private final InMemoryKeyShareStore memory = new InMemoryKeyShareStore();
        private boolean failing;

        @Override
        public void save(byte[] encodedShare) throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
            memory.save(encodedShare);
        }

        @Override
        public boolean claimSession(SessionId session) throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
            return memory.claimSession(session);
        }

        KeyShare reload() throws InvalidEncodingException {
            return KeyShareEncoding.decodeSecret(memory.encoding().orElseThrow());
        }
    }

    /** The three verification rounds among all holders, one at a time. */
    private static final class Verification {
        final Map<Identifier, KeyShare> keys;
        final SessionId session = SessionId.random(RANDOM);
        final Map<Identifier, OtVerificationRound1> first = new TreeMap<>();
        final Map<Identifier, OtVerificationRound2> second = new TreeMap<>();
        final Map<Identifier, OtVerificationRound3> third = new TreeMap<>();
        final List<OtChallengeMessage> round1 = new ArrayList<>();
        final List<OtResponseMessage> round2 = new ArrayList<>();
        final List<OtOpeningMessage> round3 = new ArrayList<>();

        Verification(Map<Identifier, KeyShare> keys) {
            this.keys = keys;
        }

        void round1() throws EcdsaException {
            for (Map.Entry<Identifier, KeyShare> entry : keys.entrySet()) {
                OtVerificationRound1 state = OtVerification.start(entry.getValue(), session);
                first.put(entry.getKey(), state);
                round1.addAll(state.messages());
            }
        }

        void round2() throws EcdsaException {
            for (Map.Entry<Identifier, OtVerificationRound1> entry : first.entrySet()) {
                OtVerificationRound2 state = entry.getValue().round2(inbox1(entry.getKey()));
                second.put(entry.getKey(), state);
                round2.addAll(state.messages());
            }
        }

        void round3() throws EcdsaException {
            for (Map.Entry<Identifier, OtVerificationRound2> entry : second.entrySet()) {
                List<OtResponseMessage> inbox = new ArrayList<>();
                round2.stream().filter(m -> m.to().equals(entry.getKey())).forEach(inbox::add);
                OtVerificationRound3 state = entry.getValue().round3(inbox);
                third.put(entry.getKey(), state);
                round3.addAll(state.messages());
            }
        }

        List<OtChallengeMessage> inbox1(Identifier id) {
            return round1.stream().filter(m -> m.to().equals(id)).toList();
        }

        List<OtOpeningMessage> inbox3(Identifier id) {
            return round3.stream().filter(m -> m.to().equals(id)).toList();
        }
    }
}
