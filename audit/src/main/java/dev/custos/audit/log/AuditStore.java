package dev.custos.audit.log;

import java.util.List;
import java.util.Optional;

/**
 * Where an {@link AuditLog} keeps its entries and the signed checkpoint note of every size. Storage-agnostic (an
 * SQL table, files, memory); {@link InMemoryAuditStore} is the reference.
 *
 * <p>Contract: {@link #append} stores the entry and its checkpoint together or not at all (one transaction), so that
 * a crash never leaves an entry no checkpoint covers; reads see every completed append.
 */
public interface AuditStore extends AuditEntries {
    /**
     * Stores entry number {@link #size()} and the signed checkpoint note for the new size, atomically.
     *
     * @throws RuntimeException if nothing was stored
     */
    void append(byte[] entry, String checkpointNote);

    /** The checkpoint note stored for {@code treeSize}, if any. */
    Optional<String> checkpoint(long treeSize);

    /** Replaces the note of {@code treeSize} by one with the same text and more signatures (co-signatures). */
    void replaceCheckpoint(long treeSize, String checkpointNote);

    /** Every stored checkpoint note, in order of size. */
    List<String> checkpoints();
}
