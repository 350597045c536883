package dev.custos.ecdsa.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presign;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.reshare.ResharingDealer;
import dev.custos.ecdsa.reshare.ResharingParameters;
import dev.custos.ecdsa.sign.SigningCeremony;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KeyShareVerificationStateTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Identifier P1 = Identifier.of(1);
    private static final Identifier P2 = Identifier.of(2);
    private static final Identifier P3 = Identifier.of(3);

    @Test
    void presign_unverifiedShare_isRefused() {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        assertThat(keys.get(P1).baseOtsVerified()).isFalse();
        assertThat(keys.get(P1).pairStates())
                .containsOnly(Map.entry(P2, PairState.UNVERIFIED), Map.entry(P3, PairState.UNVERIFIED));
        assertThatThrownBy(() -> Presign.start(keys.get(P1), SessionId.random(RANDOM), List.of(P1, P2), RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.UNVERIFIED_KEY_SHARE))
                .hasMessageContaining("OtVerification")
                .hasMessageContaining(P2.toString());
    }

    @Test
    void presign_tweakOfUnverifiedShare_isRefused() {
        KeyShare tweaked = KeyFixtures.unverified(2, 3).get(P1).tweak(Secp256k1.FIELD.one());
        assertThatThrownBy(() -> Presign.start(tweaked, SessionId.random(RANDOM), List.of(P1, P2), RANDOM))
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.UNVERIFIED_KEY_SHARE));
    }

    @Test
    void deal_shareWithUnverifiedPairs_deals() throws EcdsaException {
        // dealing uses only the Shamir share: a refresh must be possible whatever the OT pairs' states, since it is
        // what replaces retired pairs
        KeyShare dealer = KeyFixtures.unverified(2, 3).get(P1);
        ResharingParameters parameters = ResharingParameters.refresh(dealer, SessionId.random(RANDOM), List.of(P1, P2));
        assertThat(ResharingDealer.deal(dealer, parameters, RANDOM)).hasSize(3);
    }

    @Test
    void presign_afterVerification_signs() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.unverified(2, 3);
        OtVerificationCeremony.run(keys, SessionId.random(RANDOM));
        assertThat(keys.values()).allMatch(KeyShare::baseOtsVerified);
        List<Identifier> signers = List.of(P1, P2);
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        signers.forEach(s -> stores.put(s, new InMemoryPresignatureStore()));
        PresignatureInfo info = PresignCeremony.run(keys, signers, stores, SessionId.random(RANDOM), RANDOM);
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        EcdsaSignature signature = SigningCeremony.sign(info, stores, hash);
        assertThat(signature.recoverPublicKey(hash)).contains(keys.get(P1).publicKey());
    }

    @Test
    void decode_keepsEveryPairState() throws InvalidEncodingException {
        KeyShare verified = KeyFixtures.keys(2, 3).get(P1);
        assertThat(KeyShareEncoding.decodeSecret(KeyShareEncoding.encodeSecret(verified))
                        .baseOtsVerified())
                .isTrue();
        KeyShare unverified = KeyFixtures.unverified(2, 3).get(P1);
        byte[] encoding = KeyShareEncoding.encodeSecret(unverified);
        assertThat(KeyShareEncoding.decodeSecret(encoding).pairStates())
                .containsOnly(Map.entry(P2, PairState.UNVERIFIED), Map.entry(P3, PairState.UNVERIFIED));
        // the last two bytes are the states of the pairs with P2 and P3, in that order
        encoding[encoding.length - 2] = (byte) PairState.CHALLENGED.code();
        encoding[encoding.length - 1] = (byte) PairState.BURNED.code();
        assertThat(KeyShareEncoding.decodeSecret(encoding).pairStates())
                .containsOnly(Map.entry(P2, PairState.CHALLENGED), Map.entry(P3, PairState.BURNED));
    }

    @Test
    void decode_unknownState_isRejected() {
        byte[] encoding = KeyShareEncoding.encodeSecret(KeyFixtures.keys(2, 3).get(P1));
        encoding[encoding.length - 1] = 9;
        assertThatThrownBy(() -> KeyShareEncoding.decodeSecret(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("OT pair state 9");
    }

    @Test
    void decode_olderVersions_areRejectedWithAClearMessage() {
        for (int version : new int[] {1, 2}) {
            byte[] encoding =
                    KeyShareEncoding.encodeSecret(KeyFixtures.keys(2, 3).get(P1));
            encoding[0] = (byte) version;
            assertThatThrownBy(() -> KeyShareEncoding.decodeSecret(encoding))
                    .isInstanceOf(InvalidEncodingException.class)
                    .hasMessageContaining("version " + version)
                    .hasMessageContaining("state of each OT pair");
        }
    }
}
