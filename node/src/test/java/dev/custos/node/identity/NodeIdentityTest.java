package dev.custos.node.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class NodeIdentityTest {
    private final NodeIdentity identity =
            NodeKeys.generate("node-1", new SecureRandom()).identity();

    @Test
    void encode_hasTheDocumentedLayout_andDecodesBack() throws Exception {
        byte[] encoded = identity.encode();
        ByteBuffer buffer = ByteBuffer.wrap(encoded);
        assertThat(new String(encoded, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("CNID");
        assertThat(buffer.get(4)).isEqualTo((byte) 1);
        assertThat(buffer.getInt(5)).isEqualTo(6);
        assertThat(new String(encoded, 9, 6, StandardCharsets.US_ASCII)).isEqualTo("node-1");
        assertThat(Arrays.copyOfRange(encoded, 15, 47))
                .isEqualTo(identity.signingKey().bytes());
        assertThat(Arrays.copyOfRange(encoded, 47, 79))
                .isEqualTo(identity.encryptionKey().bytes());
        assertThat(encoded).hasSize(79);
        assertThat(NodeIdentity.decode(encoded)).isEqualTo(identity);
    }

    @Test
    void fingerprint_isTheDocumentedDigestOfTheKeys_withoutTheName() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("custos node identity fingerprint v1\0".getBytes(StandardCharsets.US_ASCII));
        sha256.update(identity.signingKey().bytes());
        sha256.update(identity.encryptionKey().bytes());
        String expected = HexFormat.of().formatHex(sha256.digest(), 0, 16);
        assertThat(identity.fingerprint()).isEqualTo(expected).hasSize(32);
        NodeIdentity renamed = new NodeIdentity("other", identity.signingKey(), identity.encryptionKey());
        assertThat(renamed.fingerprint()).isEqualTo(expected);
    }

    @Test
    void decode_damagedEncodings_areRejectedNamingTheField() {
        byte[] encoded = identity.encode();
        assertRejected(change(encoded, 0, (byte) 'X'), "field 'magic'");
        assertRejected(change(encoded, 4, (byte) 2), "field 'format version': 2 is not supported");
        assertRejected(change(encoded, 9, (byte) '-'), "field 'name': node name '-ode-1' is not valid");
        assertRejected(Arrays.copyOf(encoded, encoded.length - 1), "field 'x25519 key': truncated");
        assertRejected(Arrays.copyOf(encoded, encoded.length + 1), "1 trailing bytes");
        byte[] smallOrder = encoded.clone();
        Arrays.fill(smallOrder, 47, 79, (byte) 0);
        assertRejected(smallOrder, "field 'x25519 key'");
    }

    @Test
    void name_outsideTheRule_isRefused() {
        for (String bad : new String[] {"", "-lead", "has space", "é", "a".repeat(64)}) {
            assertThatThrownBy(() -> NodeIdentity.requireValidName(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not valid");
        }
        assertThat(NodeIdentity.requireValidName("Node_7.eu-west")).isEqualTo("Node_7.eu-west");
    }

    @Test
    void nodeKeys_fromTheirSecrets_rebuildTheSameIdentity() throws Exception {
        NodeKeys keys = NodeKeys.generate("node-2", new SecureRandom());
        NodeKeys rebuilt = NodeKeys.fromSecrets("node-2", keys.signingSeed(), keys.encryptionPrivateKey());
        assertThat(rebuilt.identity()).isEqualTo(keys.identity());
        byte[] signature = rebuilt.sign(new byte[] {7});
        assertThat(keys.identity().signingKey().verify(new byte[] {7}, signature))
                .isTrue();
        assertThat(keys.toString()).isEqualTo("NodeKeys[node-2, <redacted>]");
        keys.destroy();
        assertThatThrownBy(() -> keys.sign(new byte[] {7})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(keys::encryptionPrivateKey).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] change(byte[] encoded, int offset, byte value) {
        byte[] changed = encoded.clone();
        changed[offset] = value;
        return changed;
    }

    private static void assertRejected(byte[] encoded, String message) {
        assertThatThrownBy(() -> NodeIdentity.decode(encoded))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("node identity: ")
                .hasMessageContaining(message);
    }
}
