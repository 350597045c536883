package dev.custos.node.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PublicKeysTest {
    private static final HexFormat HEX = HexFormat.of();

    /**
     * X25519 u-coordinates of small order: libsodium's blocklist in {@code has_small_order}
     * (crypto_scalarmult/curve25519/ref10/x25519_ref10.c): 0, 1, the two points of order 8, and p - 1.
     */
    private static final String[] SMALL_ORDER_X25519 = {
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"
    };

    /** Non-canonical X25519 encodings: p itself and a value with the top bit set. */
    private static final String[] NON_CANONICAL_X25519 = {
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "0900000000000000000000000000000000000000000000000000000000000080"
    };

    /**
     * Ed25519 encodings of small order (the identity, and a point of order 8), from crypto's
     * vectors/ed25519/small-order-points.json.
     */
    private static final String[] SMALL_ORDER_ED25519 = {
        "0100000000000000000000000000000000000000000000000000000000000000",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"
    };

    @Test
    void x25519_smallOrderPoints_areRejected() {
        for (String hex : SMALL_ORDER_X25519) {
            assertThatThrownBy(() -> X25519PublicKey.of(HEX.parseHex(hex)))
                    .as(hex)
                    .isInstanceOf(InvalidEncodingException.class)
                    .hasMessageContaining("small order");
        }
    }

    @Test
    void x25519_nonCanonical_isRejected() {
        for (String hex : NON_CANONICAL_X25519) {
            assertThatThrownBy(() -> X25519PublicKey.of(HEX.parseHex(hex)))
                    .as(hex)
                    .hasMessageContaining("not a canonical X25519 public key");
        }
    }

    @Test
    void x25519_basePointAndGeneratedKeys_areAccepted() throws Exception {
        byte[] basePoint = new byte[32];
        basePoint[0] = 9;
        assertThat(X25519PublicKey.of(basePoint).bytes()).isEqualTo(basePoint);
        NodeKeys keys = NodeKeys.generate("n", new SecureRandom());
        assertThat(X25519PublicKey.of(keys.identity().encryptionKey().bytes()))
                .isEqualTo(keys.identity().encryptionKey());
    }

    @Test
    void ed25519_smallOrderAndWrongLength_areRejected() {
        for (String hex : SMALL_ORDER_ED25519) {
            assertThatThrownBy(() -> Ed25519PublicKey.of(HEX.parseHex(hex)))
                    .as(hex)
                    .hasMessageContaining("not a valid Ed25519 public key");
        }
        assertThatThrownBy(() -> Ed25519PublicKey.of(new byte[31]))
                .hasMessage("an Ed25519 public key is 32 bytes, got 31");
    }

    @Test
    void ed25519_verify_acceptsTheSignatureAndRejectsAnyChange() {
        SigningKey key = SigningKey.generate(new SecureRandom());
        byte[] message = {1, 2, 3};
        byte[] signature = key.sign(message);
        assertThat(key.publicKey().verify(message, signature)).isTrue();
        assertThat(key.publicKey().verify(new byte[] {1, 2, 4}, signature)).isFalse();
        signature[10] ^= 1;
        assertThat(key.publicKey().verify(message, signature)).isFalse();
        assertThat(key.publicKey().verify(message, new byte[63])).isFalse();
    }

    @Test
    void signingKey_destroyed_refusesToSignAndPrintsNoSecret() {
        SigningKey key = SigningKey.generate(new SecureRandom());
        assertThat(key.toString())
                .contains("<redacted>")
                .contains(key.publicKey().toHex());
        key.destroy();
        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(() -> key.sign(new byte[] {1})).isInstanceOf(IllegalStateException.class);
    }
}
