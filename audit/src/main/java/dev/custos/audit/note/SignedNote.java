package dev.custos.audit.note;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, and one or more signature lines. The text may hold
 * blank lines; the last blank line of the note separates it from the signatures.
 *
 * <p>Parsing is strict: valid UTF-8, no control character but newline, every line after the separator a well-formed
 * signature line ending in a newline, at most {@link #MAX_SIGNATURES} signatures. Parsing verifies nothing; {@link
 * NoteVerifier} does.
 *
 * @param text the signed text, ending in a newline
 * @param signatures the signatures in note order, at least one (copied)
 */
public record SignedNote(String text, List<NoteSignature> signatures) {
    /** The most signature lines a note may have (the format requires accepting at least 16). */
    public static final int MAX_SIGNATURES = 100;

    public SignedNote {
        requireNonNull(text, "text is null");
        signatures = List.copyOf(requireNonNull(signatures, "signatures is null"));
        try {
            NoteText.encode(text);
        } catch (NoteException e) {
            throw new IllegalArgumentException("the note text is not valid: " + e.getMessage(), e);
        }
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the note text does not end in a newline");
        }
        if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException(
                    "a note has 1 to " + MAX_SIGNATURES + " signatures, got " + signatures.size());
        }
    }

    /**
     * Parses a note from its bytes.
     *
     * @throws NoteException with {@link NoteErrorCode#MALFORMED_NOTE}, naming the fault
     */
    public static SignedNote parse(byte[] note) throws NoteException {
        requireNonNull(note, "note is null");
        return parse(NoteText.decode(note));
    }

    /**
     * Parses a note.
     *
     * @throws NoteException with {@link NoteErrorCode#MALFORMED_NOTE}, naming the fault
     */
    public static SignedNote parse(String note) throws NoteException {
        requireNonNull(note, "note is null");
        NoteText.encode(note);
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("no blank line separates the text from the signatures");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw malformed("the signature block is empty or does not end in a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw malformed("more than " + MAX_SIGNATURES + " signatures");
        }
        List<NoteSignature> signatures = new ArrayList<>(lines.length);
        for (String line : lines) {
            signatures.add(NoteSignature.parseLine(line));
        }
        return new SignedNote(text, signatures);
    }

    /** The note: the text, a blank line and the signature lines. */
    public String encode() {
        StringBuilder note = new StringBuilder(text).append('\n');
        signatures.forEach(signature -> note.append(signature.line()));
        return note.toString();
    }

    /**
     * This note with {@code signature} added at the end, replacing any signature with the same key name and ID (as
     * when a key signs again).
     */
    public SignedNote withSignature(NoteSignature signature) {
        requireNonNull(signature, "signature is null");
        List<NoteSignature> merged = new ArrayList<>();
        for (NoteSignature existing : signatures) {
            if (!existing.keyName().equals(signature.keyName()) || existing.keyId() != signature.keyId()) {
                merged.add(existing);
            }
        }
        merged.add(signature);
        return new SignedNote(text, merged);
    }

    private static NoteException malformed(String message) {
        return new NoteException(NoteErrorCode.MALFORMED_NOTE, message);
    }
}
