package dev.custos.audit.note;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A note whose signatures by trusted keys all verified.
 *
 * @param note the note as received, with its unverified signatures too
 * @param signers the trusted keys whose signatures verified, each once, in note order (at least one; copied)
 */
public record VerifiedNote(SignedNote note, List<NoteVerifierKey> signers) {
    public VerifiedNote {
        requireNonNull(note, "note is null");
        signers = List.copyOf(requireNonNull(signers, "signers is null"));
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("a verified note has at least one verified signer");
        }
    }

    /** The signed text. */
    public String text() {
        return note.text();
    }

    /** Whether {@code key}'s signature is among the verified ones. */
    public boolean isSignedBy(NoteVerifierKey key) {
        return signers.contains(key);
    }
}
