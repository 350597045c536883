package dev.custos.ecdsa.presign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Review finding 1 (2026-12): a presigning session id used twice must not reveal any share. */
class SessionReuseTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier P1 = Identifier.of(1);
    private static final Identifier P2 = Identifier.of(2);
    private static final List<Identifier> SIGNERS = List.of(P1, P2);

    @Test
    void start_sessionUsedBefore_isRefusedBeforeAnyOutput() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.fresh(2, 3);
        SessionId session = SessionId.random(RANDOM);
        run(keys, session);
        for (Identifier id : SIGNERS) {
            assertThatThrownBy(() -> Presign.start(keys.get(id), session, SIGNERS, RANDOM))
                    .isInstanceOfSatisfying(
                            EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.SESSION_REUSED));
        }
        // a BIP32 child shares the seeds, so it shares the registry too
        KeyShare child = keys.get(P1).tweak(Secp256k1.FIELD.one());
        assertThatThrownBy(() -> Presign.start(child, session, SIGNERS, RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.SESSION_REUSED));
    }

    @Test
    void replayAttack_sameSessionTwiceWithRegistryLost_recoversNoShare() throws Exception {
        // the worst case for the registry: both runs happen on shares restored from one backup, so neither remembers
        // the other's session; the parties' fresh salts must still make the two runs unrelated
        Map<Identifier, KeyShare> keys = KeyFixtures.fresh(2, 3);
        SessionId session = SessionId.random(RANDOM);
        Wire first = run(KeyFixtures.copies(keys), session);
        Wire second = run(KeyFixtures.copies(keys), session);

        Element expected = keys.get(P1).signerSet(SIGNERS).weightedShare(P1);
        List<Scalar> candidates = SessionReplayAttack.candidates(
                SessionReplayAttack.find1(first.round1, P2, P1),
                SessionReplayAttack.find2(first.round2, P1, P2),
                SessionReplayAttack.find1(second.round1, P2, P1),
                SessionReplayAttack.find2(second.round2, P1, P2));

        assertThat(candidates).isNotEmpty(); // the two runs' choice bits differ, as in the attack
        assertThat(candidates)
                .noneMatch(candidate ->
                        Secp256k1.GROUP.multiplyGenerator(candidate).equals(expected));
    }

    /** The encoded messages of one presigning run among {@link #SIGNERS}. */
    record Wire(List<byte[]> round1, List<byte[]> round2) {}

    static Wire run(Map<Identifier, KeyShare> keys, SessionId session) throws EcdsaException, InvalidEncodingException {
        Map<Identifier, PresignRound1> states = new TreeMap<>();
        List<byte[]> round1 = new ArrayList<>();
        for (Identifier id : SIGNERS) {
            PresignRound1 state = Presign.start(keys.get(id), session, SIGNERS, RANDOM);
            states.put(id, state);
            state.messages().forEach(message -> round1.add(message.encode()));
        }
        List<byte[]> round2 = new ArrayList<>();
        for (Map.Entry<Identifier, PresignRound1> entry : states.entrySet()) {
            List<PresignRound1Message> inbox = new ArrayList<>();
            for (byte[] bytes : round1) {
                PresignRound1Message message = PresignRound1Message.decode(bytes);
                if (message.to().equals(entry.getKey())) {
                    inbox.add(message);
                }
            }
            entry.getValue().round2(inbox).messages().forEach(message -> round2.add(message.encode()));
        }
        return new Wire(round1, round2);
    }
}
