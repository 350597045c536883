package dev.custos.node.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.identity.X25519PublicKey;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.junit.jupiter.api.Test;

/** The HPKE wiring reproduces RFC 9180 Appendix A.1.1 (vectors/hpke, see PROVENANCE.md there). */
class HpkeRfc9180Test {
    private static final HexFormat HEX = HexFormat.of();
    private final Map<String, String> vector = read("/vectors/hpke/rfc9180-a.1.1-base.txt");

    @Test
    void vector_isTheSuiteTheNodeUses() {
        assertThat(vector.get("mode")).isEqualTo(String.valueOf(HPKE.mode_base));
        assertThat(vector.get("kem_id")).isEqualTo(String.valueOf(HPKE.kem_X25519_SHA256));
        assertThat(vector.get("kdf_id")).isEqualTo(String.valueOf(HPKE.kdf_HKDF_SHA256));
        assertThat(vector.get("aead_id")).isEqualTo(String.valueOf(HPKE.aead_AES_GCM128));
        assertThat(vector.get("sequence_number")).isEqualTo("0");
    }

    @Test
    void seal_withTheVectorsEphemeralKey_givesTheVectorsEncAndCiphertext() throws Exception {
        HPKE hpke = new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);
        AsymmetricCipherKeyPair ephemeral = hpke.deriveKeyPair(bytes("ikmE"));
        assertThat(hpke.serializePublicKey(ephemeral.getPublic())).isEqualTo(bytes("pkEm"));
        AsymmetricCipherKeyPair recipient = hpke.deriveKeyPair(bytes("ikmR"));
        assertThat(hpke.serializePublicKey(recipient.getPublic())).isEqualTo(bytes("pkRm"));

        byte[] sealed =
                Hpke.seal(X25519PublicKey.of(bytes("pkRm")), bytes("info"), bytes("aad"), bytes("pt"), ephemeral);

        assertThat(HEX.formatHex(sealed)).isEqualTo(vector.get("enc") + vector.get("ct"));
    }

    @Test
    void open_withTheVectorsRecipientKey_givesThePlaintext() throws Exception {
        byte[] sealed = HEX.parseHex(vector.get("enc") + vector.get("ct"));
        SecretBytes recipient = SecretBytes.copyOf(bytes("skRm"));
        byte[] plaintext = Hpke.open(recipient, bytes("info"), bytes("aad"), sealed);
        assertThat(plaintext).isEqualTo(bytes("pt"));
        assertThat(new String(plaintext, StandardCharsets.US_ASCII)).isEqualTo("Beauty is truth, truth beauty");
    }

    @Test
    void open_otherAadOrInfoOrAnyFlippedByte_fails() {
        byte[] sealed = HEX.parseHex(vector.get("enc") + vector.get("ct"));
        SecretBytes recipient = SecretBytes.copyOf(bytes("skRm"));
        assertThatThrownBy(() -> Hpke.open(recipient, bytes("info"), new byte[] {1}, sealed))
                .isInstanceOf(InvalidCipherTextException.class);
        assertThatThrownBy(() -> Hpke.open(recipient, new byte[] {1}, bytes("aad"), sealed))
                .isInstanceOf(InvalidCipherTextException.class);
        for (int i = 0; i < sealed.length; i++) {
            byte[] flipped = sealed.clone();
            flipped[i] ^= 0x01;
            assertThatThrownBy(() -> Hpke.open(recipient, bytes("info"), bytes("aad"), flipped))
                    .as("byte %d flipped", i)
                    .isInstanceOf(InvalidCipherTextException.class);
        }
    }

    @Test
    void open_encapsulatedKeyOfSmallOrder_failsAsUndecryptable() {
        byte[] sealed = HEX.parseHex(vector.get("enc") + vector.get("ct"));
        Arrays.fill(sealed, 0, 32, (byte) 0);
        assertThatThrownBy(() -> Hpke.open(SecretBytes.copyOf(bytes("skRm")), bytes("info"), bytes("aad"), sealed))
                .isInstanceOf(InvalidCipherTextException.class)
                .hasMessageContaining("encapsulated key is not usable");
    }

    private byte[] bytes(String name) {
        String value = vector.get(name);
        if (value == null) {
            throw new IllegalStateException("the vector has no " + name);
        }
        return HEX.parseHex(value);
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = HpkeRfc9180Test.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test vector " + resource);
            }
            Map<String, String> values = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                values.put(
                        line.substring(0, colon).trim(),
                        line.substring(colon + 1).trim());
            }
            return values;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
