package dev.custos.ecdsa.presign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.multiply.VoleResponse;
import dev.custos.ecdsa.ote.ExtensionMessage;
import dev.custos.ecdsa.sign.SignatureCombiner;
import dev.custos.ecdsa.sign.SignatureShare;
import dev.custos.ecdsa.sign.Signer;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.signature.EcdsaVerifier;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PresignTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier P1 = Identifier.of(1);
    private static final Identifier P2 = Identifier.of(2);
    private static final Identifier P3 = Identifier.of(3);
    private static final byte[] HASH = new byte[32];

    static {
        HASH[0] = 0x42;
        HASH[31] = 0x17;
    }

    private static Map<Identifier, KeyShare> keys() {
        return KeyFixtures.keys(2, 3);
    }

    @Test
    void presignAndSign_honest_signatureVerifies() throws EcdsaException {
        Run run = new Run(List.of(P1, P3));
        EcdsaSignature signature = run.sign(HASH);
        assertThat(EcdsaVerifier.verify(keys().get(P1).publicKey(), HASH, signature.r(), signature.s()))
                .isTrue();
        assertThat(signature.isLowS()).isTrue();
    }

    @Test
    void presign_allThreeOfTwoOfThree_signs() throws EcdsaException {
        EcdsaSignature signature = new Run(List.of(P1, P2, P3)).sign(HASH);
        assertThat(EcdsaVerifier.verify(keys().get(P1).publicKey(), HASH, signature.r(), signature.s()))
                .isTrue();
    }

    @Test
    void start_fewerThanThresholdSigners_isRefused() {
        EcdsaException e =
                catchEcdsa(() -> Presign.start(keys().get(P1), SessionId.random(RANDOM), List.of(P1), RANDOM));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
    }

    @Test
    void start_signerWithoutShare_isRefused() {
        EcdsaException e = catchEcdsa(
                () -> Presign.start(keys().get(P1), SessionId.random(RANDOM), List.of(P1, Identifier.of(7)), RANDOM));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
    }

    @Test
    void round2_inconsistentOtExtensionColumn_blamesSender() throws EcdsaException {
        Run run = new Run(List.of(P1, P2), KeyFixtures.fresh(2, 3)); // the failed check retires the pair
        run.tamperRound1(P2, message -> {
            ExtensionMessage honest = message.extension();
            byte[] correction = honest.correction();
            correction[7 * 80 + 11] ^= 0x01; // one choice bit differs in column 7 only
            return new PresignRound1Message(
                    message.session(),
                    message.from(),
                    message.to(),
                    message.commitment(),
                    new ExtensionMessage(honest.salt(), correction, honest.choiceCheck(), honest.rowCheck()));
        });
        assertBlamed(() -> run.round2For(P1), EcdsaErrorCode.OT_EXTENSION_CHECK_FAILED, P2);
    }

    @Test
    void finish_wrongMultiplicationShare_blamesSender() throws EcdsaException {
        Run run = new Run(List.of(P1, P2));
        run.tamperRound2(P2, message -> {
            VoleResponse honest = message.multiplication();
            List<Scalar> corrections = new ArrayList<>(honest.correctionList());
            for (int j = 0; j < 16; j++) {
                corrections.set(3 * j + 1, corrections.get(3 * j + 1).add(Secp256k1.FIELD.one()));
            }
            return withMultiplication(
                    message, VoleResponse.of(2, honest.salt(), corrections, honest.checkRowList(), honest.checkSum()));
        });
        assertBlamed(() -> run.finishFor(P1), EcdsaErrorCode.MULTIPLICATION_CHECK_FAILED, P2);
    }

    @Test
    void finish_nonceShareDiffersFromCommitment_blamesSender() throws EcdsaException {
        Run run = new Run(List.of(P1, P3));
        run.tamperRound2(
                P3,
                message -> new PresignRound2Message(
                        message.session(),
                        message.from(),
                        message.to(),
                        message.nonceShare().add(Secp256k1.GROUP.generator()),
                        message.salt(),
                        message.publicShare(),
                        message.nonceCheck(),
                        message.keyCheck(),
                        message.maskDifference(),
                        message.multiplication(),
                        message.view()));
        assertBlamed(() -> run.finishFor(P1), EcdsaErrorCode.INVALID_COMMITMENT, P3);
    }

    @Test
    void finish_signerEquivocatesOnItsNonceCommitment_othersAbort() throws EcdsaException {
        Run run = new Run(List.of(P1, P2, P3));
        run.tamperRound1(
                P2,
                message -> message.to().equals(P3)
                        ? new PresignRound1Message(
                                message.session(), message.from(), message.to(), new byte[32], message.extension())
                        : message);
        EcdsaException e = catchEcdsa(() -> run.finishFor(P1));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INCONSISTENT_BROADCAST);
        EcdsaException atVictim = catchEcdsa(() -> run.finishFor(P3));
        assertThat(atVictim.code()).isIn(EcdsaErrorCode.INCONSISTENT_BROADCAST, EcdsaErrorCode.INVALID_COMMITMENT);
    }

    @Test
    void finish_wrongPublicKeyShare_blamesSender() throws EcdsaException {
        Run run = new Run(List.of(P1, P3));
        run.tamperRound2(
                P3,
                message -> new PresignRound2Message(
                        message.session(),
                        message.from(),
                        message.to(),
                        message.nonceShare(),
                        message.salt(),
                        message.publicShare().add(Secp256k1.GROUP.generator()),
                        message.nonceCheck(),
                        message.keyCheck(),
                        message.maskDifference(),
                        message.multiplication(),
                        message.view()));
        assertBlamed(() -> run.finishFor(P1), EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, P3);
    }

    @Test
    void finish_wrongNonceCheckPoint_blamesSender() throws EcdsaException {
        Run run = new Run(List.of(P1, P2));
        run.tamperRound2(
                P2,
                message -> new PresignRound2Message(
                        message.session(),
                        message.from(),
                        message.to(),
                        message.nonceShare(),
                        message.salt(),
                        message.publicShare(),
                        message.nonceCheck().add(Secp256k1.GROUP.generator()),
                        message.keyCheck(),
                        message.maskDifference(),
                        message.multiplication(),
                        message.view()));
        assertBlamed(() -> run.finishFor(P1), EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, P2);
    }

    @Test
    void sign_wrongMaskDifference_noSignatureIsProduced() throws EcdsaException {
        Run run = new Run(List.of(P1, P2));
        run.tamperRound2(
                P2,
                message -> new PresignRound2Message(
                        message.session(),
                        message.from(),
                        message.to(),
                        message.nonceShare(),
                        message.salt(),
                        message.publicShare(),
                        message.nonceCheck(),
                        message.keyCheck(),
                        message.maskDifference().add(Secp256k1.FIELD.one()),
                        message.multiplication(),
                        message.view()));
        EcdsaException e = catchEcdsa(() -> run.sign(HASH));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_SIGNATURE);
    }

    @Test
    void combine_wrongSignatureShare_noSignatureIsProduced() throws EcdsaException {
        Run run = new Run(List.of(P2, P3));
        PresignatureInfo info = run.presign();
        List<SignatureShare> shares = new ArrayList<>();
        for (Identifier signer : info.signers()) {
            shares.add(Signer.sign(run.stores.get(signer), info.session(), info.publicKey(), HASH));
        }
        SignatureShare bad = shares.get(1);
        shares.set(
                1,
                new SignatureShare(
                        bad.session(),
                        bad.from(),
                        bad.nonceProduct(),
                        bad.signatureProduct().add(Secp256k1.FIELD.one())));
        EcdsaException e = catchEcdsa(() -> SignatureCombiner.combine(info, HASH, shares));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_SIGNATURE);
    }

    @Test
    void round2_messageReplayedFromEarlierSession_blamesSender() throws EcdsaException {
        Run earlier = new Run(List.of(P1, P2));
        Run run = new Run(List.of(P1, P2));
        PresignRound1Message replayed = earlier.round1.get(P2).get(0);
        run.tamperRound1(P2, message -> replayed);
        assertBlamed(() -> run.round2For(P1), EcdsaErrorCode.UNEXPECTED_MESSAGE, P2);
    }

    @Test
    void sign_presignatureUsedTwice_isRefused() throws EcdsaException {
        Run run = new Run(List.of(P1, P2));
        PresignatureInfo info = run.presign();
        Signer.sign(run.stores.get(P1), info.session(), info.publicKey(), HASH);
        byte[] otherHash = HASH.clone();
        otherHash[5] = 1;
        EcdsaException e =
                catchEcdsa(() -> Signer.sign(run.stores.get(P1), info.session(), info.publicKey(), otherHash));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE);
    }

    @Test
    void messages_roundTripThroughEncoding_andRejectGarbage() throws EcdsaException, InvalidEncodingException {
        Run run = new Run(List.of(P1, P2));
        PresignRound1Message first = run.round1.get(P1).get(0);
        assertThat(PresignRound1Message.decode(first.encode()).commitment()).isEqualTo(first.commitment());
        run.round2For(P1);
        PresignRound2Message second = run.round2.get(P1).get(0);
        PresignRound2Message decoded = PresignRound2Message.decode(second.encode());
        assertThat(decoded.multiplication()).isEqualTo(second.multiplication());
        assertThat(decoded.nonceShare()).isEqualTo(second.nonceShare());
        byte[] encoding = second.encode();
        for (int version : new int[] {1, 2}) {
            byte[] older = encoding.clone();
            older[0] = (byte) version;
            assertThatThrownBy(() -> PresignRound2Message.decode(older))
                    .isInstanceOf(InvalidEncodingException.class)
                    .hasMessageContaining("version");
        }
        byte[] firstVersionOne = first.encode();
        firstVersionOne[0] = 1;
        assertThatThrownBy(() -> PresignRound1Message.decode(firstVersionOne))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("version");
        byte[] nonCanonicalCorrection = encoding.clone();
        int correctionOffset = 2 + 32 + 8 + 33 + 32 + 33 * 3 + 32 + 4 + 32; // ... input count, multiplication salt
        java.util.Arrays.fill(nonCanonicalCorrection, correctionOffset, correctionOffset + 32, (byte) 0xFF);
        assertThatThrownBy(() -> PresignRound2Message.decode(nonCanonicalCorrection))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("order");
        byte[] wrongType = encoding.clone();
        wrongType[1] = 3;
        assertThatThrownBy(() -> PresignRound2Message.decode(wrongType)).isInstanceOf(InvalidEncodingException.class);
        byte[] nonCanonicalScalar = encoding.clone();
        int maskOffset = 2 + 32 + 8 + 33 + 32 + 33 * 3;
        java.util.Arrays.fill(nonCanonicalScalar, maskOffset, maskOffset + 32, (byte) 0xFF);
        assertThatThrownBy(() -> PresignRound2Message.decode(nonCanonicalScalar))
                .isInstanceOf(InvalidEncodingException.class);
    }

    @Test
    void presignature_secretBytesRoundTrip_andRedacted() throws EcdsaException, InvalidEncodingException {
        Run run = new Run(List.of(P1, P2));
        for (Identifier id : run.signers) {
            run.round2For(id);
        }
        Presignature presignature = run.round2States.get(P1).finish(run.inbox2(P1));
        Presignature copy = Presignature.fromSecretBytes(presignature.toSecretBytes());
        assertThat(copy.info()).isEqualTo(presignature.info());
        assertThat(copy.keyProduct()).isEqualTo(presignature.keyProduct());
        assertThat(presignature.toString()).contains("redacted");
        // version, type, session (32), self (4), count (4), then the signers (4 each): list party 1 twice
        byte[] duplicated = presignature.toSecretBytes();
        System.arraycopy(duplicated, 2 + 32 + 4 + 4, duplicated, 2 + 32 + 4 + 4 + 4, 4);
        assertThatThrownBy(() -> Presignature.fromSecretBytes(duplicated))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("sorted and distinct");
        presignature.destroy();
        assertThatThrownBy(presignature::mask).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void round2_calledTwice_isRefused() throws EcdsaException {
        Run run = new Run(List.of(P1, P2));
        run.round2For(P1);
        EcdsaException e = catchEcdsa(() -> run.states.get(P1).round2(run.inbox1(P1)));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
    }

    @Test
    void finish_afterAFailure_isRefused() throws EcdsaException {
        Run run = new Run(List.of(P1, P3));
        run.tamperRound2(
                P3,
                message -> new PresignRound2Message(
                        message.session(),
                        message.from(),
                        message.to(),
                        message.nonceShare().add(Secp256k1.GROUP.generator()),
                        message.salt(),
                        message.publicShare(),
                        message.nonceCheck(),
                        message.keyCheck(),
                        message.maskDifference(),
                        message.multiplication(),
                        message.view()));
        assertBlamed(() -> run.finishFor(P1), EcdsaErrorCode.INVALID_COMMITMENT, P3);
        PresignRound2 state = run.round2States.get(P1);
        assertThat(state.isDestroyed()).isTrue();
        assertThat(catchEcdsa(() -> state.finish(run.inbox2(P1))).code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
    }

    @Test
    void destroy_beforeRound2_refusesTheRound() throws EcdsaException {
        Run run = new Run(List.of(P1, P2));
        PresignRound1 state = run.states.get(P1);
        assertThat(state.toString()).contains("redacted");
        state.destroy();
        assertThat(state.isDestroyed()).isTrue();
        assertThat(catchEcdsa(() -> state.round2(run.inbox1(P1))).code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
    }

    @Test
    void destroy_ofAConsumedState_leavesTheNextStateWhole() throws EcdsaException {
        Run run = new Run(List.of(P1, P2));
        for (Identifier id : run.signers) {
            run.round2For(id);
            run.states.get(id).destroy(); // its secrets now belong to the round-2 state
        }
        EcdsaSignature signature = run.sign(HASH);
        assertThat(EcdsaVerifier.verify(keys().get(P1).publicKey(), HASH, signature.r(), signature.s()))
                .isTrue();
    }

    private static PresignRound2Message withMultiplication(PresignRound2Message m, VoleResponse multiplication) {
        return new PresignRound2Message(
                m.session(),
                m.from(),
                m.to(),
                m.nonceShare(),
                m.salt(),
                m.publicShare(),
                m.nonceCheck(),
                m.keyCheck(),
                m.maskDifference(),
                multiplication,
                m.view());
    }

    interface Step {
        void run() throws EcdsaException;
    }

    static EcdsaException catchEcdsa(Step step) {
        try {
            step.run();
        } catch (EcdsaException e) {
            return e;
        }
        throw new AssertionError("expected an EcdsaException");
    }

    static void assertBlamed(Step step, EcdsaErrorCode code, Identifier culprit) {
        EcdsaException e = catchEcdsa(step);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        assertThat(e.culprits()).containsExactly(culprit);
    }

    /** A presigning run whose messages the test can alter before delivery. */
    private static final class Run {
        final SessionId session = SessionId.random(RANDOM);
        final List<Identifier> signers;
        final Map<Identifier, PresignRound1> states = new TreeMap<>();
        final Map<Identifier, PresignRound2> round2States = new TreeMap<>();
        final Map<Identifier, List<PresignRound1Message>> round1 = new TreeMap<>();
        final Map<Identifier, List<PresignRound2Message>> round2 = new TreeMap<>();
        final Map<Identifier, PresignatureStore> stores = new TreeMap<>();

        Run(List<Identifier> signers) throws EcdsaException {
            this(signers, keys());
        }

        Run(List<Identifier> signers, Map<Identifier, KeyShare> keys) throws EcdsaException {
            this.signers = signers;
            for (Identifier id : signers) {
                PresignRound1 state = Presign.start(keys.get(id), session, signers, RANDOM);
                states.put(id, state);
                round1.put(id, new ArrayList<>(state.messages()));
                stores.put(id, new InMemoryPresignatureStore());
            }
        }

        List<PresignRound1Message> inbox1(Identifier recipient) {
            List<PresignRound1Message> inbox = new ArrayList<>();
            round1.values()
                    .forEach(b ->
                            b.stream().filter(m -> m.to().equals(recipient)).forEach(inbox::add));
            return inbox;
        }

        List<PresignRound2Message> inbox2(Identifier recipient) {
            List<PresignRound2Message> inbox = new ArrayList<>();
            round2.values()
                    .forEach(b ->
                            b.stream().filter(m -> m.to().equals(recipient)).forEach(inbox::add));
            return inbox;
        }

        void round2For(Identifier id) throws EcdsaException {
            if (!round2.containsKey(id)) {
                PresignRound2 state = states.get(id).round2(inbox1(id));
                round2States.put(id, state);
                round2.put(id, new ArrayList<>(state.messages()));
            }
        }

        void tamperRound1(Identifier sender, UnaryOperator<PresignRound1Message> change) {
            round1.get(sender).replaceAll(change);
        }

        void tamperRound2(Identifier sender, UnaryOperator<PresignRound2Message> change) throws EcdsaException {
            round2For(sender);
            round2.get(sender).replaceAll(change);
        }

        void finishFor(Identifier id) throws EcdsaException {
            for (Identifier signer : signers) {
                round2For(signer);
            }
            stores.get(id).save(round2States.get(id).finish(inbox2(id)));
        }

        PresignatureInfo presign() throws EcdsaException {
            for (Identifier signer : signers) {
                round2For(signer);
            }
            PresignatureInfo info = null;
            for (Identifier signer : signers) {
                Presignature presignature = round2States.get(signer).finish(inbox2(signer));
                info = presignature.info();
                stores.get(signer).save(presignature);
            }
            return info;
        }

        EcdsaSignature sign(byte[] hash) throws EcdsaException {
            PresignatureInfo info = presign();
            List<SignatureShare> shares = new ArrayList<>();
            for (Identifier signer : info.signers()) {
                shares.add(Signer.sign(stores.get(signer), info.session(), info.publicKey(), hash));
            }
            return SignatureCombiner.combine(info, hash, shares);
        }
    }
}
