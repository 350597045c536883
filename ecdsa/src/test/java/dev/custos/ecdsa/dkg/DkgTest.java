package dev.custos.ecdsa.dkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.BroadcastView;
import dev.custos.ecdsa.internal.DiscreteLogProof;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.ot.BaseOtSenderMessage;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DkgTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PartyId P1 = PartyId.of(1);
    private static final PartyId P2 = PartyId.of(2);
    private static final PartyId P3 = PartyId.of(3);
    private static final List<PartyId> PARTIES = List.of(P1, P2, P3);

    @Test
    void run_honest_sharesInterpolateToThePublicKey() throws EcdsaException {
        Map<PartyId, KeyShare> keys = new Run(2).finish();
        Element publicKey = keys.get(P1).publicKey();
        for (KeyShare key : keys.values()) {
            assertThat(key.publicKey()).isEqualTo(publicKey);
            assertThat(key.parties()).containsExactly(P1, P2, P3);
            assertThat(key.toString()).contains("redacted");
            assertThat(key.baseOtsVerified()).isFalse();
        }
        for (List<PartyId> pair : List.of(List.of(P1, P2), List.of(P1, P3), List.of(P2, P3))) {
            Map<Scalar, Scalar> points = new HashMap<>();
            pair.forEach(id -> points.put(id.scalar(), keys.get(id).secretShare()));
            assertThat(Secp256k1.GROUP.multiplyGenerator(Lagrange.interpolateAtZero(points)))
                    .isEqualTo(publicKey);
        }
        Map<Scalar, Scalar> single = Map.of(P1.scalar(), keys.get(P1).secretShare());
        assertThat(Secp256k1.GROUP.multiplyGenerator(Lagrange.interpolateAtZero(single)))
                .isNotEqualTo(publicKey);
    }

    @Test
    void run_honest_pairwiseOtSetupsMatch() throws EcdsaException {
        Map<PartyId, KeyShare> keys = new Run(3).finish();
        dev.custos.ecdsa.demo.EcdsaDemo.verifyBaseOts(keys, SessionId.random(new java.security.SecureRandom()));
        for (PartyId a : PARTIES) {
            for (PartyId b : PARTIES) {
                if (a.equals(b)) {
                    continue;
                }
                var bobSeeds = keys.get(a).withVerifiedPair(b, pair -> pair.asReceiver());
                var aliceSeeds = keys.get(b).withVerifiedPair(a, pair -> pair.asSender());
                for (int k = 0; k < 4; k++) {
                    assertThat(aliceSeeds.seed(k)).isEqualTo(bobSeeds.seed(k, aliceSeeds.choice(k)));
                }
            }
        }
    }

    @Test
    void finish_openingDiffersFromCommitment_blamesDealer() throws EcdsaException {
        Run run = new Run(2);
        run.tamperRound2(P2, message -> withFeldman(message, otherCommitment(message.feldman())));
        assertBlamed(() -> run.finishFor(P1), EcdsaErrorCode.INVALID_COMMITMENT, P2);
    }

    @Test
    void finish_wrongShare_blamesDealer() throws EcdsaException {
        Run run = new Run(2);
        run.tamperRound2(
                P3,
                message -> new DkgRound2Message(
                        message.session(),
                        message.from(),
                        message.to(),
                        message.feldman(),
                        message.proof(),
                        message.share().add(Secp256k1.FIELD.one()),
                        message.baseOt(),
                        message.view()));
        assertBlamed(() -> run.finishFor(P1), EcdsaErrorCode.INVALID_SHARE, P3);
    }

    @Test
    void finish_committedProofThatDoesNotVerify_blamesDealer() throws EcdsaException {
        Run run = new Run(2);
        // P2 commits to, and opens, a proof for another session and a secret it does not know
        SessionId other = SessionId.random(RANDOM);
        run.cheatWithProof(
                P2,
                message -> DiscreteLogProof.prove(
                        DkgContexts.proof(other, P2, 2),
                        Secp256k1.FIELD.one(),
                        message.feldman().constantTerm(),
                        RANDOM));
        assertBlamed(() -> run.finishFor(P1), EcdsaErrorCode.INVALID_PROOF, P2);
    }

    @Test
    void finish_dealerEquivocatesOnItsCommitment_othersAbort() throws EcdsaException {
        Run run = new Run(2);
        // P2 sends P3 a different round-1 commitment than P1: P1 and P3 then echo different views
        run.tamperRound1(
                P2,
                message -> message.to().equals(P3)
                        ? new DkgRound1Message(
                                message.session(), message.from(), message.to(), new byte[32], message.baseOt())
                        : message);
        EcdsaException e = catchEcdsa(() -> run.finishFor(P1));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INCONSISTENT_BROADCAST);
    }

    @Test
    void round2_baseOtKeyWithoutProof_blamesSender() throws EcdsaException {
        Run run = new Run(2);
        run.tamperRound1(
                P3,
                message -> new DkgRound1Message(
                        message.session(),
                        message.from(),
                        message.to(),
                        message.commitment(),
                        new BaseOtSenderMessage(
                                Secp256k1.GROUP.multiplyGenerator(Secp256k1.FIELD.randomNonZero(RANDOM)),
                                message.baseOt().proof())));
        assertBlamed(() -> run.round2For(P1), EcdsaErrorCode.INVALID_PROOF, P3);
    }

    @Test
    void round2_messageReplayedFromAnotherSession_blamesSender() throws EcdsaException {
        Run earlier = new Run(2);
        Run run = new Run(2);
        DkgRound1Message replayed = earlier.round1.get(P2).stream()
                .filter(m -> m.to().equals(P1))
                .findFirst()
                .orElseThrow();
        run.tamperRound1(P2, message -> message.to().equals(P1) ? replayed : message);
        assertBlamed(() -> run.round2For(P1), EcdsaErrorCode.UNEXPECTED_MESSAGE, P2);
    }

    @Test
    void round2_duplicateMessage_blamesSender() throws EcdsaException {
        Run run = new Run(2);
        List<DkgRound1Message> inbox = run.inbox1(P1);
        inbox.add(inbox.get(0));
        EcdsaException e = catchEcdsa(() -> run.parties.get(P1).round2(inbox));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.UNEXPECTED_MESSAGE);
        assertThat(e.culprits()).containsExactly(inbox.get(0).from());
    }

    @Test
    void round2_missingMessage_namesTheSilentParty() throws EcdsaException {
        Run run = new Run(2);
        List<DkgRound1Message> inbox = run.inbox1(P1);
        inbox.removeIf(m -> m.from().equals(P3));
        EcdsaException e = catchEcdsa(() -> run.parties.get(P1).round2(inbox));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.MISSING_MESSAGE);
        assertThat(e.culprits()).containsExactly(P3);
    }

    @Test
    void round1_calledTwice_isRefused() throws EcdsaException {
        Run run = new Run(2);
        EcdsaException e = catchEcdsa(() -> run.parties.get(P1).round1());
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
    }

    @Test
    void messages_roundTripThroughEncoding() throws EcdsaException, InvalidEncodingException {
        Run run = new Run(2);
        DkgRound1Message first = run.round1.get(P1).get(0);
        DkgRound1Message decoded = DkgRound1Message.decode(first.encode());
        assertThat(decoded.commitment()).isEqualTo(first.commitment());
        assertThat(decoded.baseOt()).isEqualTo(first.baseOt());
        run.round2For(P1);
        DkgRound2Message second = run.round2.get(P1).get(0);
        DkgRound2Message decoded2 = DkgRound2Message.decode(second.encode());
        assertThat(decoded2.feldman()).isEqualTo(second.feldman());
        assertThat(decoded2.share()).isEqualTo(second.share());
        assertThat(second.toString())
                .doesNotContain(second.share().toBigInteger().toString(16));
    }

    @Test
    void decode_truncatedOrExtendedOrWrongVersion_isRejected() throws EcdsaException {
        byte[] encoding = new Run(2).round1.get(P1).get(0).encode();
        byte[] truncated = java.util.Arrays.copyOf(encoding, encoding.length - 1);
        byte[] extended = java.util.Arrays.copyOf(encoding, encoding.length + 1);
        byte[] wrongVersion = encoding.clone();
        wrongVersion[0] = 9;
        byte[] badPoint = encoding.clone();
        badPoint[2 + 32 + 8 + 32] = 0x05; // prefix of the base-OT public key
        for (byte[] bad : List.of(truncated, extended, wrongVersion, badPoint)) {
            assertThatThrownBy(() -> DkgRound1Message.decode(bad)).isInstanceOf(InvalidEncodingException.class);
        }
    }

    @Test
    void parameters_thresholdOutOfRange_isRejected() {
        SessionId session = SessionId.random(RANDOM);
        assertThatThrownBy(() -> new DkgParameters(session, P1, 1, PARTIES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DkgParameters(session, P1, 4, PARTIES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DkgParameters(session, PartyId.of(9), 2, PARTIES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DkgRound2Message withFeldman(DkgRound2Message message, FeldmanCommitment feldman) {
        return new DkgRound2Message(
                message.session(),
                message.from(),
                message.to(),
                feldman,
                message.proof(),
                message.share(),
                message.baseOt(),
                message.view());
    }

    private static FeldmanCommitment otherCommitment(FeldmanCommitment feldman) {
        List<Element> coefficients = new ArrayList<>(feldman.coefficients());
        coefficients.set(1, coefficients.get(1).add(Secp256k1.GROUP.generator()));
        return new FeldmanCommitment(coefficients);
    }

    interface Step {
        void run() throws EcdsaException;
    }

    private static EcdsaException catchEcdsa(Step step) {
        try {
            step.run();
        } catch (EcdsaException e) {
            return e;
        }
        throw new AssertionError("expected an EcdsaException");
    }

    private static void assertBlamed(Step step, EcdsaErrorCode code, PartyId culprit) {
        EcdsaException e = catchEcdsa(step);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.culprits()).containsExactly(culprit);
    }

    /** A DKG run among P1..P3 whose messages the test can alter before delivery. */
    private static final class Run {
        final SessionId session = SessionId.random(RANDOM);
        final Map<PartyId, DkgParty> parties = new TreeMap<>();
        final Map<PartyId, List<DkgRound1Message>> round1 = new TreeMap<>();
        final Map<PartyId, List<DkgRound2Message>> round2 = new TreeMap<>();

        Run(int threshold) throws EcdsaException {
            for (PartyId id : PARTIES) {
                DkgParty party = DkgParty.start(new DkgParameters(session, id, threshold, PARTIES), RANDOM);
                parties.put(id, party);
                round1.put(id, new ArrayList<>(party.round1()));
            }
        }

        List<DkgRound1Message> inbox1(PartyId recipient) {
            List<DkgRound1Message> inbox = new ArrayList<>();
            round1.values()
                    .forEach(batch ->
                            batch.stream().filter(m -> m.to().equals(recipient)).forEach(inbox::add));
            return inbox;
        }

        List<DkgRound2Message> inbox2(PartyId recipient) {
            List<DkgRound2Message> inbox = new ArrayList<>();
            round2.values()
                    .forEach(batch ->
                            batch.stream().filter(m -> m.to().equals(recipient)).forEach(inbox::add));
            return inbox;
        }

        void round2For(PartyId id) throws EcdsaException {
            if (!round2.containsKey(id)) {
                round2.put(id, new ArrayList<>(parties.get(id).round2(inbox1(id))));
            }
        }

        void tamperRound1(PartyId sender, UnaryOperator<DkgRound1Message> change) {
            round1.get(sender).replaceAll(change);
        }

        void tamperRound2(PartyId sender, UnaryOperator<DkgRound2Message> change) throws EcdsaException {
            round2For(sender);
            round2.get(sender).replaceAll(change);
        }

        /** The sender replaces its proof and recomputes its round-1 commitment to match, as a cheater could. */
        void cheatWithProof(PartyId sender, java.util.function.Function<DkgRound2Message, DiscreteLogProof> proof)
                throws EcdsaException {
            round2For(sender);
            DiscreteLogProof forged = proof.apply(round2.get(sender).get(0));
            byte[] commitment = DkgContexts.commitment(
                    session, sender, round2.get(sender).get(0).feldman(), forged);
            round1.get(sender)
                    .replaceAll(m -> new DkgRound1Message(m.session(), m.from(), m.to(), commitment, m.baseOt()));
            // the cheater echoes a view that includes its new commitment, so the echo check passes
            Map<PartyId, byte[]> commitments = new HashMap<>();
            inbox1(sender).forEach(m -> commitments.put(m.from(), m.commitment()));
            commitments.put(sender, commitment);
            byte[] view = BroadcastView.digest("dkg", session, commitments);
            round2.get(sender)
                    .replaceAll(m -> new DkgRound2Message(
                            m.session(), m.from(), m.to(), m.feldman(), forged, m.share(), m.baseOt(), view));
        }

        KeyShare finishFor(PartyId id) throws EcdsaException {
            for (PartyId party : PARTIES) {
                round2For(party);
            }
            return parties.get(id).finish(inbox2(id));
        }

        Map<PartyId, KeyShare> finish() throws EcdsaException {
            Map<PartyId, KeyShare> keys = new TreeMap<>();
            for (PartyId id : PARTIES) {
                round2For(id);
            }
            for (PartyId id : PARTIES) {
                keys.put(id, parties.get(id).finish(inbox2(id)));
            }
            return keys;
        }
    }
}
