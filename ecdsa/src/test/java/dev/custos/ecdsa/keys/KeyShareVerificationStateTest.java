package dev.custos.ecdsa.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.demo.EcdsaDemo;
import dev.custos.ecdsa.presign.PresignParty;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.reshare.ResharingDealer;
import dev.custos.ecdsa.reshare.ResharingParameters;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.signature.PublicKeyRecovery;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KeyShareVerificationStateTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PartyId P1 = PartyId.of(1);
    private static final PartyId P2 = PartyId.of(2);

    @Test
    void presign_unverifiedShare_isRefused() throws InvalidEncodingException {
        Map<PartyId, KeyShare> keys = unverifiedCopies();
        assertThat(keys.get(P1).baseOtsVerified()).isFalse();
        assertThatThrownBy(() -> PresignParty.start(keys.get(P1), SessionId.random(RANDOM), List.of(P1, P2), RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.UNVERIFIED_KEY_SHARE))
                .hasMessageContaining("OtVerificationParty");
    }

    @Test
    void presign_tweakOfUnverifiedShare_isRefused() throws InvalidEncodingException {
        KeyShare tweaked = unverifiedCopies().get(P1).tweak(Secp256k1.FIELD.one());
        assertThatThrownBy(() -> PresignParty.start(tweaked, SessionId.random(RANDOM), List.of(P1, P2), RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.UNVERIFIED_KEY_SHARE));
    }

    @Test
    void deal_unverifiedShare_isRefused() throws InvalidEncodingException {
        KeyShare dealer = unverifiedCopies().get(P1);
        ResharingParameters parameters = ResharingParameters.refresh(dealer, SessionId.random(RANDOM), List.of(P1, P2));
        assertThatThrownBy(() -> ResharingDealer.deal(dealer, parameters, RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.UNVERIFIED_KEY_SHARE));
    }

    @Test
    void presign_afterVerification_signs() throws InvalidEncodingException, EcdsaException {
        Map<PartyId, KeyShare> keys = unverifiedCopies();
        EcdsaDemo.verifyBaseOts(keys, SessionId.random(RANDOM));
        assertThat(keys.values()).allMatch(KeyShare::baseOtsVerified);
        List<PartyId> signers = List.of(P1, P2);
        Map<PartyId, PresignatureStore> stores = new TreeMap<>();
        signers.forEach(s -> stores.put(s, new InMemoryPresignatureStore()));
        PresignatureInfo info = EcdsaDemo.presign(keys, signers, stores, SessionId.random(RANDOM), RANDOM);
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        EcdsaSignature signature = EcdsaDemo.sign(info, stores, hash);
        assertThat(PublicKeyRecovery.recover(hash, signature))
                .contains(keys.get(P1).publicKey());
    }

    @Test
    void decode_keepsBothStates() throws InvalidEncodingException {
        KeyShare verified = KeyFixtures.keys(2, 3).get(P1);
        assertThat(verified.baseOtsVerified()).isTrue();
        assertThat(KeyShareEncoding.decodeSecret(KeyShareEncoding.encodeSecret(verified))
                        .baseOtsVerified())
                .isTrue();
        KeyShare unverified = unverifiedCopies().get(P1);
        assertThat(KeyShareEncoding.decodeSecret(KeyShareEncoding.encodeSecret(unverified))
                        .baseOtsVerified())
                .isFalse();
    }

    @Test
    void decode_unknownState_isRejected() {
        byte[] encoding = KeyShareEncoding.encodeSecret(KeyFixtures.keys(2, 3).get(P1));
        encoding[encoding.length - 1] = 2;
        assertThatThrownBy(() -> KeyShareEncoding.decodeSecret(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("verification state");
    }

    @Test
    void decode_versionOne_isRejectedWithAClearMessage() {
        byte[] encoding = KeyShareEncoding.encodeSecret(KeyFixtures.keys(2, 3).get(P1));
        encoding[0] = 1;
        assertThatThrownBy(() -> KeyShareEncoding.decodeSecret(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("version 1")
                .hasMessageContaining("verified");
    }

    /** Fresh copies of verified 2-of-3 shares, with the state byte of the encoding cleared. */
    private static Map<PartyId, KeyShare> unverifiedCopies() throws InvalidEncodingException {
        Map<PartyId, KeyShare> copies = new TreeMap<>();
        for (KeyShare key : KeyFixtures.keys(2, 3).values()) {
            byte[] encoding = KeyShareEncoding.encodeSecret(key);
            encoding[encoding.length - 1] = 0;
            copies.put(key.self(), KeyShareEncoding.decodeSecret(encoding));
        }
        return copies;
    }
}
