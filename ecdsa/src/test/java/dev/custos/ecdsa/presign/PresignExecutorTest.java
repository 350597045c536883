package dev.custos.ecdsa.presign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.multiply.VoleResponse;
import dev.custos.ecdsa.sign.SigningCeremony;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.signature.EcdsaVerifier;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Presigning with each party's per-peer work on a thread pool: same results as on the calling thread. */
class PresignExecutorTest {
    private static final List<Identifier> SIGNERS = List.of(Identifier.of(1), Identifier.of(2), Identifier.of(3));
    private static final byte[] HASH = new byte[32];
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
        HASH[3] = 9;
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void presign_onPool_signatureVerifies() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.keys(3, 3);
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        SIGNERS.forEach(signer -> stores.put(signer, new InMemoryPresignatureStore()));
        SecureRandom random = new SecureRandom();
        PresignatureInfo info = PresignCeremony.run(keys, SIGNERS, stores, SessionId.random(random), random, pool);
        EcdsaSignature signature = SigningCeremony.sign(info, stores, HASH);
        assertThat(EcdsaVerifier.verify(info.publicKey(), HASH, signature.r(), signature.s()))
                .isTrue();
    }

    @Test
    void messages_onPool_equalThoseOnCallingThread() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.keys(3, 3);
        SessionId session = SessionId.random(new SecureRandom());
        // the same session twice is refused by a share's session registry: each run gets restored copies
        List<byte[]> sequential = transcript(KeyFixtures.copies(keys), session, Runnable::run);
        List<byte[]> pooled = transcript(KeyFixtures.copies(keys), session, pool);
        assertThat(pooled).hasSameSizeAs(sequential);
        for (int i = 0; i < sequential.size(); i++) {
            assertThat(pooled.get(i)).as("message " + i).isEqualTo(sequential.get(i));
        }
    }

    @Test
    void finish_onPool_wrongMultiplication_blamesSender() throws Exception {
        Map<Identifier, KeyShare> keys = KeyFixtures.keys(3, 3);
        SessionId session = SessionId.random(new SecureRandom());
        SecureRandom random = seeded();
        Map<Identifier, PresignRound1> states = new TreeMap<>();
        List<PresignRound1Message> round1 = new ArrayList<>();
        for (Identifier signer : SIGNERS) {
            PresignRound1 state = Presign.start(keys.get(signer), session, SIGNERS, random, pool);
            states.put(signer, state);
            round1.addAll(state.messages());
        }
        Map<Identifier, PresignRound2> second = new TreeMap<>();
        List<PresignRound2Message> toFirst = new ArrayList<>();
        for (Identifier signer : SIGNERS) {
            PresignRound2 state = states.get(signer).round2(to(round1, signer));
            second.put(signer, state);
            for (PresignRound2Message message : state.messages()) {
                if (message.to().equals(SIGNERS.get(0))) {
                    toFirst.add(message.from().equals(SIGNERS.get(2)) ? tampered(message) : message);
                }
            }
        }
        assertThatThrownBy(() -> second.get(SIGNERS.get(0)).finish(toFirst))
                .isInstanceOfSatisfying(EcdsaException.class, e -> {
                    assertThat(e.code()).isEqualTo(EcdsaErrorCode.MULTIPLICATION_CHECK_FAILED);
                    assertThat(e.culprits()).containsExactly(SIGNERS.get(2));
                });
    }

    private static PresignRound2Message tampered(PresignRound2Message message) {
        VoleResponse honest = message.multiplication();
        List<dev.custos.crypto.scalar.Scalar> corrections = new ArrayList<>(honest.correctionList());
        for (int j = 0; j < 16; j++) {
            corrections.set(3 * j, corrections.get(3 * j).add(dev.custos.ecdsa.Secp256k1.FIELD.one()));
        }
        return new PresignRound2Message(
                message.session(),
                message.from(),
                message.to(),
                message.nonceShare(),
                message.salt(),
                message.publicShare(),
                message.nonceCheck(),
                message.keyCheck(),
                message.maskDifference(),
                VoleResponse.of(2, honest.salt(), corrections, honest.checkRowList(), honest.checkSum()),
                message.view());
    }

    /** Every round-1 and round-2 encoding of a run with a seeded random generator, in a fixed order. */
    private static List<byte[]> transcript(
            Map<Identifier, KeyShare> keys, SessionId session, java.util.concurrent.Executor executor)
            throws Exception {
        SecureRandom random = seeded();
        Map<Identifier, PresignRound1> states = new TreeMap<>();
        List<PresignRound1Message> round1 = new ArrayList<>();
        for (Identifier signer : SIGNERS) {
            PresignRound1 state = Presign.start(keys.get(signer), session, SIGNERS, random, executor);
            states.put(signer, state);
            round1.addAll(state.messages());
        }
        List<byte[]> out = new ArrayList<>();
        round1.forEach(message -> out.add(message.encode()));
        for (Identifier signer : SIGNERS) {
            states.get(signer).round2(to(round1, signer)).messages().forEach(message -> out.add(message.encode()));
        }
        return out;
    }

    private static List<PresignRound1Message> to(List<PresignRound1Message> messages, Identifier recipient) {
        return messages.stream().filter(m -> m.to().equals(recipient)).toList();
    }

    private static SecureRandom seeded() throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(new byte[] {1, 2, 3, 4}); // before first use: a fixed stream, for comparing two runs
        return random;
    }
}
