package dev.custos.audit.log;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The entries of an audit log, by index from 0; what a verifier reads. */
public interface AuditEntries {
    /** The number of entries. */
    long size();

    /**
     * A copy of entry {@code index}.
     *
     * @throws IndexOutOfBoundsException unless 0 ≤ index &lt; {@link #size()}
     */
    byte[] entry(long index);

    /** The entries of {@code entries}, in order (the list and each array are copied). */
    static AuditEntries of(List<byte[]> entries) {
        List<byte[]> copy = requireNonNull(entries, "entries is null").stream()
                .map(byte[]::clone)
                .toList();
        return new AuditEntries() {
            @Override
            public long size() {
                return copy.size();
            }

            @Override
            public byte[] entry(long index) {
                if (index < 0 || index >= copy.size()) {
                    throw new IndexOutOfBoundsException("entry " + index + " of " + copy.size());
                }
                return copy.get((int) index).clone();
            }
        };
    }
}
