package dev.custos.crypto.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Group;
import dev.custos.crypto.group.ed25519.Ed25519Group;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class TranscriptTest {
    private static final String DOMAIN = "custos/test/v1";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void digest_shiftedLabelValueBoundary_differs() {
        byte[] first = Transcript.start(DOMAIN).append("ab", bytes("c")).digest();
        byte[] second = Transcript.start(DOMAIN).append("a", bytes("bc")).digest();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void digest_shiftedBoundaryBetweenAppends_differs() {
        byte[] first = Transcript.start(DOMAIN)
                .append("x", bytes("ab"))
                .append("y", bytes("c"))
                .digest();
        byte[] second = Transcript.start(DOMAIN)
                .append("x", bytes("a"))
                .append("y", bytes("bc"))
                .digest();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void digest_sameEncodingDifferentType_differs() {
        Scalar scalar = ScalarField.SECP256K1.of(7);
        byte[] asScalar = Transcript.start(DOMAIN).append("v", scalar).digest();
        byte[] asBytes = Transcript.start(DOMAIN).append("v", scalar.toBytes()).digest();
        byte[] asLong = Transcript.start(DOMAIN).append("v", 7L).digest();
        byte[] asLongBytes = Transcript.start(DOMAIN)
                .append("v", new byte[] {0, 0, 0, 0, 0, 0, 0, 7})
                .digest();
        assertThat(asScalar).isNotEqualTo(asBytes);
        assertThat(asLong).isNotEqualTo(asLongBytes);
    }

    @Test
    void digest_differentDomain_differs() {
        byte[] first =
                Transcript.start("custos/frost/dkg/v1").append("m", bytes("x")).digest();
        byte[] second =
                Transcript.start("custos/frost/dkg/v2").append("m", bytes("x")).digest();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void digest_domainCannotBeForgedByAppends() {
        byte[] withDomain = Transcript.start("ab").digest();
        byte[] withAppend = Transcript.start("a").append("", bytes("b")).digest();
        assertThat(withDomain).isNotEqualTo(withAppend);
    }

    @Test
    void digest_isDeterministicAndNonDestructive() {
        Transcript transcript = Transcript.start(DOMAIN).append("m", bytes("hello"));
        byte[] first = transcript.digest();
        assertThat(transcript.digest()).isEqualTo(first).hasSize(64);
        transcript.append("n", 1L);
        assertThat(transcript.digest()).isNotEqualTo(first);
        assertThat(Transcript.start(DOMAIN).append("m", bytes("hello")).digest())
                .isEqualTo(first);
    }

    /** Recomputes the documented framing by hand, so a change of the wire format fails here. */
    @Test
    void digest_matchesDocumentedFraming() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        frame(expected, 0x00, bytes("custos/transcript/v1"), bytes(DOMAIN));
        frame(expected, 0x01, bytes("msg"), new byte[] {1, 2, 3});
        frame(expected, 0x04, bytes("n"), new byte[] {0, 0, 0, 0, 0, 0, 1, 0});
        byte[] expectedDigest = MessageDigest.getInstance("SHA-512").digest(expected.toByteArray());

        byte[] actual = Transcript.start(DOMAIN)
                .append("msg", new byte[] {1, 2, 3})
                .append("n", 256L)
                .digest();
        assertThat(actual).isEqualTo(expectedDigest);
    }

    private static void frame(ByteArrayOutputStream out, int tag, byte[] label, byte[] value) {
        out.write(tag);
        out.writeBytes(new byte[] {0, 0, 0, (byte) label.length});
        out.writeBytes(label);
        out.writeBytes(new byte[] {0, 0, 0, (byte) value.length});
        out.writeBytes(value);
    }

    @Test
    void challenge_isDigestReducedInFieldByteOrder() {
        Transcript transcript = Transcript.start(DOMAIN).append("m", bytes("x"));
        byte[] digest = transcript.digest();
        BigInteger bigEndian = new BigInteger(1, digest);
        assertThat(transcript.challenge(ScalarField.SECP256K1).toBigInteger())
                .isEqualTo(bigEndian.mod(ScalarField.SECP256K1.order()));
        byte[] reversed = new byte[digest.length];
        for (int i = 0; i < digest.length; i++) {
            reversed[i] = digest[digest.length - 1 - i];
        }
        assertThat(transcript.challenge(ScalarField.ED25519).toBigInteger())
                .isEqualTo(new BigInteger(1, reversed).mod(ScalarField.ED25519.order()));
    }

    @Test
    void append_elements_bindGroupEncoding() {
        for (Group group : new Group[] {Secp256k1Group.instance(), Ed25519Group.INSTANCE}) {
            byte[] generator =
                    Transcript.start(DOMAIN).append("P", group.generator()).digest();
            byte[] generatorBytes = Transcript.start(DOMAIN)
                    .append("P", group.generator().encode())
                    .digest();
            byte[] identity =
                    Transcript.start(DOMAIN).append("P", group.identity()).digest();
            byte[] doubled = Transcript.start(DOMAIN)
                    .append("P", group.generator().add(group.generator()))
                    .digest();
            assertThat(generator)
                    .isNotEqualTo(generatorBytes)
                    .isNotEqualTo(identity)
                    .isNotEqualTo(doubled);
        }
    }

    @Test
    void start_emptyOrNullDomain_throws() {
        assertThatThrownBy(() -> Transcript.start("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transcript.start(null)).hasMessage("domain is null");
        assertThatThrownBy(() -> Transcript.start(DOMAIN).append(null, new byte[0]))
                .hasMessage("label is null");
    }
}
