package dev.custos.audit.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing and writing the signed-note format, against the Go reference implementation's cases. */
class SignedNoteTest {
    private static final JsonNode GO = NoteVectors.golang();
    private static final String TEXT = GO.path("text").asText();
    private static final String PETER_LINE = GO.path("peter_signature_line").asText();
    private static final String ENOCH_LINE = GO.path("enoch_signature_line").asText();

    @Test
    void parse_twoSignatures_keepsTextAndBothLinesAndRoundTrips() throws NoteException {
        String encoded = TEXT + "\n" + PETER_LINE + ENOCH_LINE;

        SignedNote note = SignedNote.parse(encoded);

        assertThat(note.text()).isEqualTo(TEXT);
        assertThat(note.signatures()).extracting(NoteSignature::keyName).containsExactly("PeterNeumann", "EnochRoot");
        assertThat(note.signatures().get(0).keyId()).isEqualTo(0xc74f20a3);
        assertThat(note.signatures().get(1).keyId()).isEqualTo(0xaf0cfe78);
        assertThat(note.encode()).isEqualTo(encoded);
    }

    @Test
    void parse_goMalformedNotes_throwMalformedNote() {
        JsonNode cases = GO.path("malformed_notes");
        assertThat(cases).hasSize(7);
        for (JsonNode malformed : cases) {
            byte[] bytes =
                    Base64.getDecoder().decode(malformed.path("note_base64").asText());

            assertThatThrownBy(() -> SignedNote.parse(bytes))
                    .as(malformed.path("desc").asText())
                    .isInstanceOf(NoteException.class)
                    .satisfies(e -> assertThat(((NoteException) e).code()).isEqualTo(NoteErrorCode.MALFORMED_NOTE));
        }
    }

    @Test
    void parse_blankLinesInText_splitsAtTheLastBlankLine() throws NoteException {
        String text = "first paragraph\n\nsecond paragraph\n";

        SignedNote note = SignedNote.parse(text + "\n" + PETER_LINE);

        assertThat(note.text()).isEqualTo(text);
        assertThat(note.signatures()).hasSize(1);
    }

    @Test
    void parse_tooManySignatures_throwsMalformedNote() throws NoteException {
        assertThat(SignedNote.parse(TEXT + "\n" + PETER_LINE.repeat(100)).signatures())
                .hasSize(100);
        assertThatThrownBy(() -> SignedNote.parse(TEXT + "\n" + PETER_LINE.repeat(101)))
                .isInstanceOf(NoteException.class)
                .hasMessageContaining("more than 100 signatures");
    }

    @Test
    void parse_nonCanonicalOrShortSignature_throwsMalformedNote() {
        String unpadded = PETER_LINE.replace("=\n", "\n");
        String tooShort = "\u2014 PeterNeumann x08gow==\n";
        String twoSpaces = PETER_LINE.replace("PeterNeumann ", "PeterNeumann  ");
        String plusInName = PETER_LINE.replace("PeterNeumann", "Peter+Neumann");

        for (String line : List.of(unpadded, tooShort, twoSpaces, plusInName, "- PeterNeumann x08g\n")) {
            assertThatThrownBy(() -> SignedNote.parse(TEXT + "\n" + line))
                    .as(line)
                    .isInstanceOf(NoteException.class)
                    .hasMessageContaining("MALFORMED_NOTE");
        }
    }

    @Test
    void parse_loneSurrogate_throwsMalformedNote() {
        assertThatThrownBy(() -> SignedNote.parse("bad \uD800 text\n\n" + PETER_LINE))
                .isInstanceOf(NoteException.class)
                .hasMessageContaining("surrogate");
    }

    @Test
    void withSignature_sameKeyAgain_replacesTheOldLine() throws NoteException {
        SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_LINE + ENOCH_LINE);
        NoteSignature peter = note.signatures().get(0);
        NoteSignature replacement = new NoteSignature(peter.keyName(), peter.keyId(), new byte[] {1, 2, 3});

        SignedNote updated = note.withSignature(replacement);

        assertThat(updated.signatures()).containsExactly(note.signatures().get(1), replacement);
    }

    @Test
    void construct_textWithoutNewlineOrWithoutSignatures_throwsIllegalArgument() {
        NoteSignature signature = new NoteSignature("k", 1, new byte[] {1});

        assertThatThrownBy(() -> new SignedNote("no newline", List.of(signature)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedNote("text\n", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
