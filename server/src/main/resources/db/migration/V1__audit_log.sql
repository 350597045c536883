-- The audit log (docs/AUDIT.md): entry i and the signed checkpoint note of tree size i + 1 are written in one row, so
-- no entry exists without the checkpoint that covers it. Co-signatures replace the note with one that has more
-- signatures over the same text.
CREATE TABLE audit_entries (
    entry_index BIGINT NOT NULL PRIMARY KEY,
    entry ${bytes} NOT NULL,
    checkpoint_note TEXT NOT NULL
);
