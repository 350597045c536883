package dev.custos.audit.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verification rules of the signed-note format, on the Go reference and C2SP example vectors. */
class NoteVerifierTest {
    private static final JsonNode GO = NoteVectors.golang();
    private static final String TEXT = GO.path("text").asText();
    private static final String PETER_LINE = GO.path("peter_signature_line").asText();
    private static final String ENOCH_LINE = GO.path("enoch_signature_line").asText();

    @Test
    void verify_c2spExample_verifiesWithItsKey() throws NoteException {
        NoteVerifierKey key =
                NoteVerifierKey.parse(NoteVectors.c2spExample().path("vkey").asText());
        SignedNote note =
                SignedNote.parse(NoteVectors.c2spExample().path("note").asText());

        VerifiedNote verified = NoteVerifier.of(key).verify(note);

        assertThat(verified.text()).isEqualTo("This is an example message.\n");
        assertThat(verified.signers()).containsExactly(key);
    }

    @Test
    void verify_oneKnownKey_verifiesItAndIgnoresTheOther() throws NoteException {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_LINE + ENOCH_LINE);

        VerifiedNote verified = NoteVerifier.of(peter()).verify(note);

        assertThat(verified.signers()).containsExactly(peter());
        assertThat(verified.isSignedBy(enoch())).isFalse();
    }

    @Test
    void verify_bothKeysKnown_verifiesBoth() throws NoteException {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_LINE + ENOCH_LINE);

        VerifiedNote verified = NoteVerifier.of(peter(), enoch()).verify(note);

        assertThat(verified.signers()).containsExactly(peter(), enoch());
    }

    @Test
    void verify_noKnownKey_throwsNoVerifiedSignature() throws NoteException {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_LINE + ENOCH_LINE);

        assertThatThrownBy(() -> NoteVerifier.of().verify(note))
                .isInstanceOf(NoteException.class)
                .hasMessage("NO_VERIFIED_SIGNATURE: none of the 2 signatures is by a trusted key");
    }

    @Test
    void verify_corruptedSignatureOfKnownKey_throwsInvalidSignatureNamingTheKey() throws NoteException {
        String corrupted = PETER_LINE.substring(0, 60) + "ABCD" + PETER_LINE.substring(60);
        SignedNote note = SignedNote.parse(TEXT + "\n" + corrupted);

        assertThatThrownBy(() -> NoteVerifier.of(peter()).verify(note))
                .isInstanceOf(NoteException.class)
                .hasMessage("INVALID_SIGNATURE: invalid signature for key PeterNeumann+c74f20a3");
    }

    @Test
    void verify_corruptedSignatureOfUnknownKey_isIgnored() throws NoteException {
        String corruptedEnoch = ENOCH_LINE.substring(0, 60) + "ABCD" + ENOCH_LINE.substring(60);
        SignedNote note =
                SignedNote.parse(TEXT + "\n" + PETER_LINE + PETER_LINE + ENOCH_LINE + ENOCH_LINE + corruptedEnoch);

        VerifiedNote verified = NoteVerifier.of(peter()).verify(note);

        assertThat(verified.signers()).containsExactly(peter());
    }

    @Test
    void verify_sameNameOtherKeyId_isTreatedAsUnknown() throws NoteException {
        String otherId = PETER_LINE.replace("x08g", "xxxx");
        SignedNote note = SignedNote.parse(TEXT + "\n" + otherId + ENOCH_LINE);

        assertThatThrownBy(() -> NoteVerifier.of(peter()).verify(note))
                .isInstanceOf(NoteException.class)
                .satisfies(e -> assertThat(((NoteException) e).code()).isEqualTo(NoteErrorCode.NO_VERIFIED_SIGNATURE));
    }

    @Test
    void verify_changedText_throwsInvalidSignature() throws NoteException {
        SignedNote note = SignedNote.parse(TEXT.replace("problem", "puzzle") + "\n" + PETER_LINE);

        assertThatThrownBy(() -> NoteVerifier.of(peter()).verify(note))
                .isInstanceOf(NoteException.class)
                .satisfies(e -> assertThat(((NoteException) e).code()).isEqualTo(NoteErrorCode.INVALID_SIGNATURE));
    }

    @Test
    void construct_sameKeyTwice_throwsAmbiguous() throws NoteException {
        assertThatThrownBy(() -> new NoteVerifier(List.of(enoch(), peter(), enoch())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ambiguous key EnochRoot+af0cfe78");
    }

    private static NoteVerifierKey peter() throws NoteException {
        return NoteVerifierKey.parse(GO.path("peter_vkey").asText());
    }

    private static NoteVerifierKey enoch() throws NoteException {
        return NoteVerifierKey.parse(GO.path("enoch_vkey").asText());
    }
}
