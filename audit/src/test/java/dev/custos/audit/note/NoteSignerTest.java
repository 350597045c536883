package dev.custos.audit.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signing keys: the Go reference signature byte for byte, the private-key text, and secret hygiene. */
class NoteSignerTest {
    private static final String PRIVATE_KEY =
            NoteVectors.golang().path("peter_private_key").asText();

    @Test
    void sign_goVectorText_givesGoSignedNoteByteForByte() throws NoteException {
        NoteSigner signer = NoteVectors.peterSigner();
        String text = NoteVectors.golang().path("text").asText();

        SignedNote note = new SignedNote(text, List.of(signer.sign(text)));

        assertThat(note.encode())
                .isEqualTo(NoteVectors.golang().path("peter_signed_note").asText());
        assertThat(signer.verifierKey().encode())
                .isEqualTo(NoteVectors.golang().path("peter_vkey").asText());
    }

    @Test
    void encode_parsedKey_givesTheSameText() throws NoteException {
        SecretBytes encoded = NoteVectors.peterSigner().encode();

        assertThat(new String(encoded.copy(), StandardCharsets.US_ASCII)).isEqualTo(PRIVATE_KEY);
    }

    @Test
    void parse_everySubstringAndEveryIncrementedCharacter_throwsMalformedKey() {
        byte[] bytes = PRIVATE_KEY.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i <= bytes.length; i++) {
            for (int j = i + 1; j <= bytes.length; j++) {
                if (i != 0 || j != bytes.length) {
                    assertMalformed(PRIVATE_KEY.substring(i, j));
                }
            }
        }
        for (int i = 0; i < bytes.length; i++) {
            bytes[i]++;
            assertMalformed(new String(bytes, StandardCharsets.US_ASCII));
            bytes[i]--;
        }
    }

    @Test
    void generate_newKey_signsWhatItsVerifierKeyAccepts() throws NoteException {
        NoteSigner signer = NoteSigner.generate("custos.example/node-1", new SecureRandom());
        SignedNote note = new SignedNote("hello\n", List.of(signer.sign("hello\n")));

        VerifiedNote verified = NoteVerifier.of(signer.verifierKey()).verify(note);

        assertThat(verified.signers()).containsExactly(signer.verifierKey());
    }

    @Test
    void destroy_signer_refusesToSignAndRedacts() throws NoteException {
        NoteSigner signer = NoteVectors.peterSigner();
        signer.destroy();

        assertThat(signer.isDestroyed()).isTrue();
        assertThat(signer.toString()).isEqualTo("NoteSigner[PeterNeumann, <redacted>]");
        assertThatThrownBy(() -> signer.sign("text\n")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(signer::encode).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sign_textWithoutFinalNewline_throwsIllegalArgument() throws NoteException {
        NoteSigner signer = NoteVectors.peterSigner();

        assertThatThrownBy(() -> signer.sign("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign("a\u0001b\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_wrongKeyId_throwsWithoutKeyMaterialInMessage() {
        String wrong = PRIVATE_KEY.replace("c74f20a3", "c74f20a4");

        assertThatThrownBy(() -> NoteSigner.parse(secret(wrong)))
                .isInstanceOf(NoteException.class)
                .hasMessage("MALFORMED_KEY: key ID c74f20a4 does not match the key of PeterNeumann");
    }

    private static void assertMalformed(String text) {
        assertThatThrownBy(() -> NoteSigner.parse(secret(text)))
                .as(text)
                .isInstanceOf(NoteException.class)
                .satisfies(e -> assertThat(((NoteException) e).code()).isEqualTo(NoteErrorCode.MALFORMED_KEY))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AYEKFALVFGyNhPJEMzD1QIDr"));
    }

    private static SecretBytes secret(String text) {
        return SecretBytes.copyOf(text.getBytes(StandardCharsets.US_ASCII));
    }
}
