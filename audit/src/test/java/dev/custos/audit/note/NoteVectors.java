package dev.custos.audit.note;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the vectors of {@code vectors/note} and {@code vectors/checkpoint} (see their PROVENANCE.md). */
public final class NoteVectors {
    private NoteVectors() {}

    /** golang.org/x/mod/sumdb/note's note_test.go values. */
    public static JsonNode golang() {
        return load("/vectors/note/golang-sumdb-note.json");
    }

    /** The example of the C2SP signed-note specification. */
    public static JsonNode c2spExample() {
        return load("/vectors/note/c2sp-signed-note-example.json");
    }

    /** The checkpoint vectors. */
    public static JsonNode checkpoints() {
        return load("/vectors/checkpoint/checkpoints.json");
    }

    /** The PeterNeumann private key of the Go tests. */
    public static NoteSigner peterSigner() throws NoteException {
        String text = golang().path("peter_private_key").asText();
        return NoteSigner.parse(SecretBytes.copyOf(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static JsonNode load(String resource) {
        try (InputStream in = NoteVectors.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
