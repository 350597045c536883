package dev.custos.audit.note;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies signed notes against a set of trusted keys, by the rules of the signed-note format: a signature whose key
 * name and key ID do not both match a trusted key is ignored; a signature by a trusted key must verify, or the whole
 * note is rejected; and at least one trusted signature must be present.
 */
public final class NoteVerifier {
    private final List<NoteVerifierKey> keys;

    /** @throws IllegalArgumentException if two keys share a name and key ID (a signature would be ambiguous) */
    public NoteVerifier(List<NoteVerifierKey> keys) {
        this.keys = List.copyOf(requireNonNull(keys, "keys is null"));
        Set<String> labels = new LinkedHashSet<>();
        for (NoteVerifierKey key : this.keys) {
            if (!labels.add(key.name() + "+" + NoteVerifierKey.hex(key.keyId()))) {
                throw new IllegalArgumentException(
                        "ambiguous key " + key.name() + "+" + NoteVerifierKey.hex(key.keyId()));
            }
        }
    }

    public static NoteVerifier of(NoteVerifierKey... keys) {
        return new NoteVerifier(List.of(keys));
    }

    /** The trusted keys. */
    public List<NoteVerifierKey> keys() {
        return keys;
    }

    /**
     * Verifies {@code note}.
     *
     * @throws NoteException {@link NoteErrorCode#INVALID_SIGNATURE} naming the key whose signature fails, or {@link
     *     NoteErrorCode#NO_VERIFIED_SIGNATURE} if no trusted key signed
     */
    public VerifiedNote verify(SignedNote note) throws NoteException {
        requireNonNull(note, "note is null");
        byte[] message = NoteText.encode(note.text());
        Set<NoteVerifierKey> signers = new LinkedHashSet<>();
        for (NoteSignature signature : note.signatures()) {
            Optional<NoteVerifierKey> key = keyFor(signature);
            if (key.isEmpty()) {
                continue;
            }
            if (!key.get().verifies(message, signature.signature())) {
                throw new NoteException(
                        NoteErrorCode.INVALID_SIGNATURE, "invalid signature for key " + signature.keyLabel());
            }
            signers.add(key.get());
        }
        if (signers.isEmpty()) {
            throw new NoteException(
                    NoteErrorCode.NO_VERIFIED_SIGNATURE,
                    "none of the " + note.signatures().size() + " signatures is by a trusted key");
        }
        return new VerifiedNote(note, new ArrayList<>(signers));
    }

    private Optional<NoteVerifierKey> keyFor(NoteSignature signature) {
        return keys.stream().filter(key -> key.identifies(signature)).findFirst();
    }
}
