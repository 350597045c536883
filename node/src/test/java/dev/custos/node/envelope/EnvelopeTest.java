package dev.custos.node.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.InvalidEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    private final Network network = new Network();

    @Test
    void broadcast_hasTheDocumentedLayout_andDecodesBack() throws Exception {
        Envelope envelope = network.sealer(network.a).broadcast(network.session, 3, new byte[] {9, 8});
        byte[] encoded = envelope.encode();
        ByteBuffer buffer = ByteBuffer.wrap(encoded);
        assertThat(new String(encoded, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("CNEV");
        assertThat(buffer.get(4)).isEqualTo((byte) 1);
        assertThat(Arrays.copyOfRange(encoded, 5, 37)).isEqualTo(network.session.bytes());
        assertThat(buffer.getInt(37)).isEqualTo(1);
        assertThat(buffer.get(41)).isEqualTo((byte) 'a');
        assertThat(buffer.get(42)).isEqualTo((byte) Recipient.BROADCAST_KIND);
        assertThat(buffer.getInt(43)).isEqualTo(3);
        assertThat(buffer.getInt(47)).isEqualTo(2);
        assertThat(Arrays.copyOfRange(encoded, 51, 53)).containsExactly(9, 8);
        assertThat(Arrays.copyOfRange(encoded, 53, encoded.length)).isEqualTo(envelope.signature());
        assertThat(encoded).hasSize(53 + 64);
        assertThat(Envelope.decode(encoded)).isEqualTo(envelope);
    }

    @Test
    void direct_namesTheRecipientAndCarriesEncapsulationAndCiphertext() throws Exception {
        Envelope envelope = network.sealer(network.a).direct(network.session, 1, "b", Network.secret("share"));
        byte[] encoded = envelope.encode();
        ByteBuffer buffer = ByteBuffer.wrap(encoded);
        assertThat(buffer.get(42)).isEqualTo((byte) Recipient.DIRECT_KIND);
        assertThat(buffer.getInt(43)).isEqualTo(1);
        assertThat(buffer.get(47)).isEqualTo((byte) 'b');
        assertThat(buffer.getInt(48)).isEqualTo(1);
        assertThat(buffer.getInt(52)).isEqualTo(32 + 5 + 16);
        assertThat(new String(envelope.payload(), StandardCharsets.ISO_8859_1)).doesNotContain("share");
        assertThat(Envelope.decode(encoded)).isEqualTo(envelope);
    }

    @Test
    void signedMessage_isTheDomainThenTheEncodingUpToTheSignature() {
        Envelope envelope = network.sealer(network.a).broadcast(network.session, 1, new byte[] {1});
        byte[] encoded = envelope.encode();
        byte[] domain = "custos node envelope v1\0".getBytes(StandardCharsets.US_ASCII);
        byte[] signed = Envelope.signedMessage(envelope.header(), envelope.payload());
        assertThat(Arrays.copyOf(signed, domain.length)).isEqualTo(domain);
        assertThat(Arrays.copyOfRange(signed, domain.length, signed.length))
                .isEqualTo(Arrays.copyOf(encoded, encoded.length - 64));
    }

    @Test
    void decode_damaged_isRejectedNamingTheField() {
        byte[] encoded = network.sealer(network.a)
                .broadcast(network.session, 1, new byte[] {1})
                .encode();
        assertDecodeFails(change(encoded, 0, 'X'), "field 'magic'");
        assertDecodeFails(change(encoded, 4, 2), "field 'format version': 2 is not supported");
        assertDecodeFails(change(encoded, 42, 7), "field 'recipient kind': 7 is neither");
        assertDecodeFails(change(encoded, 41, '-'), "field 'from'");
        assertDecodeFails(Arrays.copyOf(encoded, encoded.length - 1), "field 'signature': truncated");
        assertDecodeFails(Arrays.copyOf(encoded, encoded.length + 1), "1 trailing bytes");
        byte[] roundZero = encoded.clone();
        ByteBuffer.wrap(roundZero).putInt(43, 0);
        assertDecodeFails(roundZero, "field 'round'");
    }

    @Test
    void sealer_refusesUnknownOrSelfRecipientsAndNonMembers() {
        EnvelopeSealer sealer = network.sealer(network.a);
        assertThatThrownBy(() -> sealer.direct(network.session, 1, "z", Network.secret("x")))
                .hasMessage("'z' is not a member of committee version 1");
        assertThatThrownBy(() -> sealer.direct(network.session, 1, "a", Network.secret("x")))
                .hasMessageContaining("to itself");
        assertThatThrownBy(() -> new EnvelopeHeader(network.session, "a", new Recipient.Broadcast(), 0))
                .hasMessageContaining("round must be 1 or more");
    }

    private static byte[] change(byte[] encoded, int offset, int value) {
        byte[] changed = encoded.clone();
        changed[offset] = (byte) value;
        return changed;
    }

    private static void assertDecodeFails(byte[] encoded, String message) {
        assertThatThrownBy(() -> Envelope.decode(encoded))
                .isInstanceOf(InvalidEncodingException.class)
                .hasMessageContaining("envelope: ")
                .hasMessageContaining(message);
    }
}
