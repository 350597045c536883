package dev.custos.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/** An append-only list of hashes, stored as 32-byte runs in fixed-size chunks (about 32 bytes per hash). */
final class HashList {
    private static final int HASHES_PER_CHUNK = 4096;

    private final List<byte[]> chunks = new ArrayList<>();
    private long size;

    long size() {
        return size;
    }

    void add(MerkleHash hash) {
        int offset = (int) (size % HASHES_PER_CHUNK);
        if (offset == 0) {
            chunks.add(new byte[HASHES_PER_CHUNK * MerkleHash.LENGTH]);
        }
        byte[] chunk = chunks.get(chunks.size() - 1);
        System.arraycopy(hash.bytes(), 0, chunk, offset * MerkleHash.LENGTH, MerkleHash.LENGTH);
        size++;
    }

    MerkleHash get(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("hash " + index + " of " + size);
        }
        byte[] chunk = chunks.get((int) (index / HASHES_PER_CHUNK));
        int from = (int) (index % HASHES_PER_CHUNK) * MerkleHash.LENGTH;
        byte[] bytes = new byte[MerkleHash.LENGTH];
        System.arraycopy(chunk, from, bytes, 0, MerkleHash.LENGTH);
        return new MerkleHash(bytes);
    }
}
