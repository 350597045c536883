package dev.custos.ecdsa.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.sign.SigningCeremony;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtendedPublicKeyTest {
    private static JsonNode vectors;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in =
                ExtendedPublicKeyTest.class.getResourceAsStream("/vectors/bip32/bip32-test-vectors.json")) {
            vectors = new ObjectMapper().readTree(in).get("vectors");
        }
    }

    @Test
    void deriveChild_matchesEveryNonHardenedStepOfTheBip32Vectors() throws InvalidEncodingException {
        int checked = 0;
        for (JsonNode vector : vectors) {
            JsonNode chains = vector.get("chains");
            for (int i = 1; i < chains.size(); i++) {
                String path = chains.get(i).get("path").asText();
                String last = path.substring(path.lastIndexOf('/') + 1);
                if (last.endsWith("'")) {
                    continue;
                }
                ExtendedPublicKey parent =
                        ExtendedPublicKey.parse(chains.get(i - 1).get("ext_pub").asText());
                ExtendedPublicKey child =
                        parent.deriveChild(Long.parseLong(last)).key();
                assertThat(child.encode())
                        .as(path)
                        .isEqualTo(chains.get(i).get("ext_pub").asText());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void parse_encode_roundTripsEveryVectorXpub() throws InvalidEncodingException {
        for (JsonNode vector : vectors) {
            for (JsonNode chain : vector.get("chains")) {
                String xpub = chain.get("ext_pub").asText();
                assertThat(ExtendedPublicKey.parse(xpub).encode()).isEqualTo(xpub);
            }
        }
    }

    @Test
    void parse_invalidKeysOfVector5_areRejected() {
        int rejected = 0;
        for (JsonNode vector : vectors) {
            if (!vector.has("invalid")) {
                continue;
            }
            for (JsonNode entry : vector.get("invalid")) {
                String text = entry.asText();
                if (!text.contains(" (")) {
                    continue; // acknowledgement lines picked up by the parser of the BIP text
                }
                String key = text.substring(0, text.indexOf(' '));
                assertThatThrownBy(() -> ExtendedPublicKey.parse(key))
                        .as(text)
                        .isInstanceOf(InvalidEncodingException.class);
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(16);
    }

    @Test
    void parse_textOfAnotherLength_isRejectedBeforeDecoding() {
        String huge = "x".repeat(1 << 20);

        assertThatThrownBy(() -> ExtendedPublicKey.parse(huge))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("111 characters");
    }

    @Test
    void deriveChild_hardenedIndex_isRefused() throws InvalidEncodingException {
        ExtendedPublicKey master = ExtendedPublicKey.parse(
                vectors.get(0).get("chains").get(0).get("ext_pub").asText());
        assertThatThrownBy(() -> master.deriveChild(ExtendedPublicKey.HARDENED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tweakedShares_signForTheDerivedChildKey() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.keys(2, 3);
        KeyShare any = keys.get(Identifier.of(1));
        ExtendedPublicKey master = ExtendedPublicKey.master(any.publicKey(), any.chainCode());
        ExtendedPublicKey.Child child = master.derivePath(44, 0, 7);
        Map<Identifier, KeyShare> tweaked = new TreeMap<>();
        keys.forEach((id, key) -> tweaked.put(id, key.tweak(child.tweak())));
        assertThat(tweaked.get(Identifier.of(2)).publicKey())
                .isEqualTo(child.key().key());

        List<Identifier> signers = List.of(Identifier.of(1), Identifier.of(3));
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        signers.forEach(s -> stores.put(s, new InMemoryPresignatureStore()));
        SecureRandom random = new SecureRandom();
        PresignatureInfo info = PresignCeremony.run(tweaked, signers, stores, SessionId.random(random), random);
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        EcdsaSignature signature = SigningCeremony.sign(info, stores, hash);
        assertThat(signature.recoverPublicKey(hash)).contains(child.key().key());
        tweaked.values().forEach(KeyShare::destroy);
        assertThat(any.isDestroyed()).isFalse();
        assertThat(new ArrayList<>(keys.keySet())).hasSize(3);
    }
}
