package dev.custos.ecdsa.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.sign.SigningCeremony;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KeyShareEncodingTest {
    @Test
    void decodedKeyShares_stillSign() throws EcdsaException, InvalidEncodingException {
        Map<Identifier, KeyShare> original = KeyFixtures.keys(2, 3);
        Map<Identifier, KeyShare> restored = new TreeMap<>();
        for (KeyShare key : original.values()) {
            KeyShare copy = KeyShareEncoding.decodeSecret(KeyShareEncoding.encodeSecret(key));
            assertThat(copy.secretShare()).isEqualTo(key.secretShare());
            assertThat(copy.publicKey()).isEqualTo(key.publicKey());
            assertThat(copy.chainCode()).isEqualTo(key.chainCode());
            restored.put(copy.self(), copy);
        }
        SecureRandom random = new SecureRandom();
        List<Identifier> signers = List.of(Identifier.of(1), Identifier.of(2));
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        signers.forEach(s -> stores.put(s, new InMemoryPresignatureStore()));
        PresignatureInfo info = PresignCeremony.run(restored, signers, stores, SessionId.random(random), random);
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        EcdsaSignature signature = SigningCeremony.sign(info, stores, hash);
        assertThat(signature.recoverPublicKey(hash))
                .contains(original.get(Identifier.of(1)).publicKey());
    }

    @Test
    void decode_secretShareNotMatchingItsVerificationShare_isRejected() {
        byte[] encoding = KeyShareEncoding.encodeSecret(KeyFixtures.keys(2, 3).get(Identifier.of(2)));
        // the secret share follows the header (2), self (4), threshold (4), chain code (32), key (33), count (4)
        // and three (id, share) pairs (3 * 37)
        int offset = 2 + 4 + 4 + 32 + 33 + 4 + 3 * 37;
        encoding[offset + 31] ^= 1;
        assertThatThrownBy(() -> KeyShareEncoding.decodeSecret(encoding))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("verification share");
    }

    @Test
    void decode_truncated_isRejected() {
        byte[] encoding = KeyShareEncoding.encodeSecret(KeyFixtures.keys(2, 3).get(Identifier.of(3)));
        assertThatThrownBy(() -> KeyShareEncoding.decodeSecret(java.util.Arrays.copyOf(encoding, encoding.length - 1)))
                .isInstanceOf(InvalidEncodingException.class);
    }
}
