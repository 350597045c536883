package dev.custos.ecdsa.reshare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.Lagrange;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.LocalNetwork;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.OtVerificationCeremony;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.sign.SigningCeremony;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ResharingTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void refresh_keepsThePublicKey_newSharesSign_oldAndNewSharesDoNotMix() throws EcdsaException {
        Map<Identifier, KeyShare> old = KeyFixtures.fresh(2, 3); // the mixed session below retires an OT pair
        KeyShare any = old.get(Identifier.of(1));
        List<Identifier> dealers = List.of(Identifier.of(1), Identifier.of(3));
        ResharingParameters parameters = ResharingParameters.refresh(any, SessionId.random(RANDOM), dealers);
        Map<Identifier, KeyShare> fresh = reshare(old, parameters, UnaryOperator.identity());
        assertThat(fresh.values()).noneMatch(KeyShare::baseOtsVerified);
        EcdsaException unverified =
                catchEcdsa(() -> presignAndSign(fresh, List.of(Identifier.of(2), Identifier.of(3))));
        assertThat(unverified.code()).isEqualTo(EcdsaErrorCode.UNVERIFIED_KEY_SHARE);
        OtVerificationCeremony.run(fresh, SessionId.random(RANDOM));
        for (KeyShare key : fresh.values()) {
            assertThat(key.publicKey()).isEqualTo(any.publicKey());
            assertThat(key.chainCode()).isEqualTo(any.chainCode());
            assertThat(key.secretShare()).isNotEqualTo(old.get(key.self()).secretShare());
        }
        assertSigns(fresh, List.of(Identifier.of(2), Identifier.of(3)));
        // an old share and a new share interpolate to garbage: old shares are useless with new ones
        Map<Scalar, Scalar> mixed = Map.of(
                Identifier.of(1).scalar(), old.get(Identifier.of(1)).secretShare(),
                Identifier.of(2).scalar(), fresh.get(Identifier.of(2)).secretShare());
        assertThat(Secp256k1.GROUP.multiplyGenerator(Lagrange.interpolateAtZero(mixed)))
                .isNotEqualTo(any.publicKey());
        // and a presigning session mixing them is stopped by the public-share check
        Map<Identifier, KeyShare> mixedKeys =
                Map.of(Identifier.of(1), old.get(Identifier.of(1)), Identifier.of(2), fresh.get(Identifier.of(2)));
        EcdsaException e = catchEcdsa(() -> presignAndSign(mixedKeys, List.of(Identifier.of(1), Identifier.of(2))));
        assertThat(e.code()).isIn(EcdsaErrorCode.INCONSISTENT_PUBLIC_VALUES, EcdsaErrorCode.OT_EXTENSION_CHECK_FAILED);
    }

    @Test
    void reshare_twoOfThreeToThreeOfFour_keepsThePublicKey() throws EcdsaException {
        Map<Identifier, KeyShare> old = KeyFixtures.keys(2, 3);
        KeyShare any = old.get(Identifier.of(1));
        List<Identifier> committee = List.of(Identifier.of(2), Identifier.of(4), Identifier.of(5), Identifier.of(6));
        ResharingParameters parameters = ResharingParameters.toCommittee(
                any, SessionId.random(RANDOM), List.of(Identifier.of(1), Identifier.of(2)), 3, committee);
        Map<Identifier, KeyShare> fresh = reshare(old, parameters, UnaryOperator.identity());
        assertThat(fresh.keySet()).containsExactlyElementsOf(committee);
        OtVerificationCeremony.run(fresh, SessionId.random(RANDOM));
        for (KeyShare key : fresh.values()) {
            assertThat(key.publicKey()).isEqualTo(any.publicKey());
            assertThat(key.threshold()).isEqualTo(3);
        }
        assertSigns(fresh, List.of(Identifier.of(4), Identifier.of(5), Identifier.of(6)));
        EcdsaException e = catchEcdsa(() -> presignAndSign(fresh, List.of(Identifier.of(4), Identifier.of(5))));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
    }

    @Test
    void reshare_dealerChangesItsConstant_isBlamed() throws EcdsaException {
        Map<Identifier, KeyShare> old = KeyFixtures.keys(2, 3);
        ResharingParameters parameters = ResharingParameters.refresh(
                old.get(Identifier.of(1)), SessionId.random(RANDOM), List.of(Identifier.of(1), Identifier.of(2)));
        // dealer 2 deals a different constant (e.g. trying to change the key) with a self-consistent commitment
        KeyShare tweakedDealer = old.get(Identifier.of(2)).tweak(Secp256k1.FIELD.one());
        Map<Identifier, List<ResharingShareMessage>> dealt = new TreeMap<>();
        dealt.put(Identifier.of(1), ResharingDealer.deal(old.get(Identifier.of(1)), parameters, RANDOM));
        dealt.put(Identifier.of(2), dealWithoutKeyCheck(tweakedDealer, parameters));
        EcdsaException e = catchEcdsa(() -> finishAll(parameters, dealt));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_COMMITMENT);
        assertThat(e.culprits()).containsExactly(Identifier.of(2));
    }

    @Test
    void reshare_wrongShare_isBlamed() throws EcdsaException {
        Map<Identifier, KeyShare> old = KeyFixtures.keys(2, 3);
        ResharingParameters parameters = ResharingParameters.refresh(
                old.get(Identifier.of(1)), SessionId.random(RANDOM), List.of(Identifier.of(1), Identifier.of(3)));
        EcdsaException e = catchEcdsa(() -> reshare(
                old,
                parameters,
                message -> message.from().equals(Identifier.of(3))
                        ? new ResharingShareMessage(
                                message.session(),
                                message.from(),
                                message.to(),
                                message.feldman(),
                                message.share().add(Secp256k1.FIELD.one()))
                        : message));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INVALID_SHARE);
        assertThat(e.culprits()).containsExactly(Identifier.of(3));
    }

    @Test
    void reshare_dealerEquivocatesOnItsCommitment_newPartiesAbort() throws EcdsaException {
        Map<Identifier, KeyShare> old = KeyFixtures.keys(2, 3);
        ResharingParameters parameters = ResharingParameters.refresh(
                old.get(Identifier.of(1)), SessionId.random(RANDOM), List.of(Identifier.of(1), Identifier.of(2)));
        // dealer 2 deals P3 from a different polynomial with the same (correct) constant term
        List<ResharingShareMessage> first = ResharingDealer.deal(old.get(Identifier.of(2)), parameters, RANDOM);
        List<ResharingShareMessage> second = ResharingDealer.deal(old.get(Identifier.of(2)), parameters, RANDOM);
        List<ResharingShareMessage> equivocating = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            equivocating.add(first.get(i).to().equals(Identifier.of(3)) ? second.get(i) : first.get(i));
        }
        Map<Identifier, List<ResharingShareMessage>> dealt = new TreeMap<>();
        dealt.put(Identifier.of(1), ResharingDealer.deal(old.get(Identifier.of(1)), parameters, RANDOM));
        dealt.put(Identifier.of(2), equivocating);
        EcdsaException e = catchEcdsa(() -> finishAll(parameters, dealt));
        assertThat(e.code()).isEqualTo(EcdsaErrorCode.INCONSISTENT_BROADCAST);
    }

    @Test
    void round2_afterAFailure_isRefused() throws EcdsaException {
        Map<Identifier, KeyShare> old = KeyFixtures.keys(2, 3);
        ResharingParameters parameters = ResharingParameters.refresh(
                old.get(Identifier.of(1)), SessionId.random(RANDOM), List.of(Identifier.of(1), Identifier.of(2)));
        ResharingRound1 state = Resharing.start(parameters, Identifier.of(3), RANDOM);
        assertThat(state.messages()).hasSize(2);
        assertThat(state.toString()).contains("redacted");
        assertThat(catchEcdsa(() -> state.round2(List.of(), List.of())).code())
                .isEqualTo(EcdsaErrorCode.MISSING_MESSAGE);
        assertThat(state.isDestroyed()).isTrue();
        assertThat(catchEcdsa(() -> state.round2(List.of(), List.of())).code()).isEqualTo(EcdsaErrorCode.INVALID_STATE);
    }

    /** Deals for a key share whose public key no longer matches, bypassing the dealer-side guard. */
    private static List<ResharingShareMessage> dealWithoutKeyCheck(KeyShare dealer, ResharingParameters parameters)
            throws EcdsaException {
        ResharingParameters relabelled = new ResharingParameters(
                parameters.session(),
                dealer.publicKey(),
                parameters.chainCode(),
                parameters.oldThreshold(),
                parameters.oldVerificationShares(),
                parameters.dealers(),
                parameters.newThreshold(),
                parameters.newParties());
        return ResharingDealer.deal(dealer, relabelled, RANDOM);
    }

    private static Map<Identifier, KeyShare> reshare(
            Map<Identifier, KeyShare> old, ResharingParameters parameters, UnaryOperator<ResharingShareMessage> tamper)
            throws EcdsaException {
        Map<Identifier, List<ResharingShareMessage>> dealt = new TreeMap<>();
        for (Identifier dealer : parameters.dealers()) {
            List<ResharingShareMessage> messages =
                    new ArrayList<>(ResharingDealer.deal(old.get(dealer), parameters, RANDOM));
            messages.replaceAll(tamper);
            dealt.put(dealer, messages);
        }
        return finishAll(parameters, dealt);
    }

    private static Map<Identifier, KeyShare> finishAll(
            ResharingParameters parameters, Map<Identifier, List<ResharingShareMessage>> dealt) throws EcdsaException {
        Map<Identifier, ResharingRound1> round1 = new TreeMap<>();
        for (Identifier id : parameters.newParties()) {
            round1.put(id, Resharing.start(parameters, id, RANDOM));
        }
        Map<Identifier, List<ResharingOtMessage>> inbox1 = LocalNetwork.deliver(
                round1.values().stream().map(ResharingRound1::messages).toList(), ResharingOtMessage::decode);
        Map<Identifier, List<ResharingShareMessage>> shares =
                LocalNetwork.deliver(dealt.values(), ResharingShareMessage::decode);
        Map<Identifier, ResharingRound2> round2 = new TreeMap<>();
        for (Map.Entry<Identifier, ResharingRound1> entry : round1.entrySet()) {
            round2.put(entry.getKey(), entry.getValue().round2(inbox1.get(entry.getKey()), shares.get(entry.getKey())));
        }
        Map<Identifier, List<ResharingOtReply>> inbox2 = LocalNetwork.deliver(
                round2.values().stream().map(ResharingRound2::messages).toList(), ResharingOtReply::decode);
        Map<Identifier, KeyShare> keys = new TreeMap<>();
        for (Map.Entry<Identifier, ResharingRound2> entry : round2.entrySet()) {
            keys.put(entry.getKey(), entry.getValue().finish(inbox2.get(entry.getKey())));
        }
        return keys;
    }

    private static void assertSigns(Map<Identifier, KeyShare> keys, List<Identifier> signers) throws EcdsaException {
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        EcdsaSignature signature = presignAndSign(keys, signers, hash);
        assertThat(signature.recoverPublicKey(hash))
                .contains(keys.get(signers.get(0)).publicKey());
    }

    private static EcdsaSignature presignAndSign(Map<Identifier, KeyShare> keys, List<Identifier> signers)
            throws EcdsaException {
        return presignAndSign(keys, signers, new byte[32]);
    }

    private static EcdsaSignature presignAndSign(Map<Identifier, KeyShare> keys, List<Identifier> signers, byte[] hash)
            throws EcdsaException {
        Map<Identifier, PresignatureStore> stores = new HashMap<>();
        signers.forEach(s -> stores.put(s, new InMemoryPresignatureStore()));
        PresignatureInfo info = PresignCeremony.run(keys, signers, stores, SessionId.random(RANDOM), RANDOM);
        return SigningCeremony.sign(info, stores, hash);
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
}
