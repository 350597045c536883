package dev.custos.audit.log;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An {@link AuditStore} in memory, for tests and demos: lost when the process ends. Thread-safe. */
public final class InMemoryAuditStore implements AuditStore {
    private final List<byte[]> entries = new ArrayList<>();
    private final List<String> checkpoints = new ArrayList<>();

    @Override
    public synchronized long size() {
        return entries.size();
    }

    @Override
    public synchronized byte[] entry(long index) {
        if (index < 0 || index >= entries.size()) {
            throw new IndexOutOfBoundsException("entry " + index + " of " + entries.size());
        }
        return entries.get((int) index).clone();
    }

    @Override
    public synchronized void append(byte[] entry, String checkpointNote) {
        requireNonNull(entry, "entry is null");
        requireNonNull(checkpointNote, "checkpointNote is null");
        entries.add(entry.clone());
        checkpoints.add(checkpointNote);
    }

    @Override
    public synchronized Optional<String> checkpoint(long treeSize) {
        if (treeSize < 1 || treeSize > checkpoints.size()) {
            return Optional.empty();
        }
        return Optional.of(checkpoints.get((int) treeSize - 1));
    }

    @Override
    public synchronized void replaceCheckpoint(long treeSize, String checkpointNote) {
        requireNonNull(checkpointNote, "checkpointNote is null");
        if (treeSize < 1 || treeSize > checkpoints.size()) {
            throw new IllegalArgumentException("no checkpoint of size " + treeSize);
        }
        checkpoints.set((int) treeSize - 1, checkpointNote);
    }

    @Override
    public synchronized List<String> checkpoints() {
        return List.copyOf(checkpoints);
    }
}
