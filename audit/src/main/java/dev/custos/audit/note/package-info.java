/**
 * C2SP signed notes with Ed25519 keys: {@link dev.custos.audit.note.SignedNote} parses and writes the format strictly,
 * {@link dev.custos.audit.note.NoteSigner} signs (its seed in a {@code SecretBytes}), {@link
 * dev.custos.audit.note.NoteVerifierKey} is the public vkey text, and {@link dev.custos.audit.note.NoteVerifier}
 * applies the format's rules (unknown keys ignored, a bad trusted signature rejects the note, at least one trusted
 * signature). Failures are {@link dev.custos.audit.note.NoteException}s with a {@link
 * dev.custos.audit.note.NoteErrorCode}.
 */
@NullMarked
package dev.custos.audit.note;

import org.jspecify.annotations.NullMarked;
