package dev.custos.audit.merkle;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree as RFC 9162 §2.1 defines it, held in memory: tree heads for every size up to the current
 * one, inclusion proofs (§2.1.3.1) and consistency proofs (§2.1.4.1).
 *
 * <p>It keeps the hash of every complete subtree (about 64 bytes per leaf), so appending costs O(log n) hashes and a
 * tree head or proof for any size costs O(log² n). Not thread-safe. At most {@link #MAX_SIZE} leaves.
 */
public final class MerkleTree {
    /** The most leaves one tree holds. */
    public static final long MAX_SIZE = Integer.MAX_VALUE;

    /** {@code levels.get(h).get(i)} is the hash of the complete subtree of 2^h leaves starting at leaf i·2^h. */
    private final List<HashList> levels = new ArrayList<>();

    public MerkleTree() {
        levels.add(new HashList());
    }

    /** A tree holding {@code entries} in order. */
    public static MerkleTree ofEntries(List<byte[]> entries) {
        requireNonNull(entries, "entries is null");
        MerkleTree tree = new MerkleTree();
        for (byte[] entry : entries) {
            tree.appendEntry(entry);
        }
        return tree;
    }

    /** The number of leaves. */
    public long size() {
        return levels.get(0).size();
    }

    /** Appends the leaf for {@code entry} and returns its index. */
    public long appendEntry(byte[] entry) {
        return appendLeafHash(MerkleHashing.leafHash(entry));
    }

    /** Appends a leaf by its hash and returns its index. */
    public long appendLeafHash(MerkleHash leafHash) {
        requireNonNull(leafHash, "leafHash is null");
        long index = size();
        if (index >= MAX_SIZE) {
            throw new IllegalStateException("the tree is full at " + MAX_SIZE + " leaves");
        }
        levels.get(0).add(leafHash);
        MerkleHash carry = leafHash;
        long position = index;
        int level = 0;
        while ((position & 1) == 1) {
            carry = MerkleHashing.nodeHash(levels.get(level).get(position - 1), carry);
            level++;
            position >>>= 1;
            if (levels.size() == level) {
                levels.add(new HashList());
            }
            levels.get(level).add(carry);
        }
        return index;
    }

    /** The hash of leaf {@code index}. */
    public MerkleHash leafHash(long index) {
        checkRange("index", index, 0, size() - 1);
        return levels.get(0).get(index);
    }

    /** The tree head of the whole tree. */
    public MerkleHash root() {
        return root(size());
    }

    /** The tree head MTH(D[0:treeSize]) of the first {@code treeSize} leaves (the empty root for 0). */
    public MerkleHash root(long treeSize) {
        checkRange("treeSize", treeSize, 0, size());
        return treeSize == 0 ? MerkleHashing.emptyRoot() : subtreeHash(0, treeSize);
    }

    /** The audit path PATH(leafIndex, D[0:treeSize]) of RFC 9162 §2.1.3.1. */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        checkRange("treeSize", treeSize, 1, size());
        checkRange("leafIndex", leafIndex, 0, treeSize - 1);
        List<MerkleHash> path = new ArrayList<>();
        auditPath(leafIndex, 0, treeSize, path);
        return new InclusionProof(leafIndex, treeSize, path);
    }

    /**
     * The consistency proof PROOF(firstSize, D[0:secondSize]) of RFC 9162 §2.1.4.1, for 0 &lt; firstSize ≤
     * secondSize (empty when the sizes are equal).
     */
    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        checkRange("secondSize", secondSize, 1, size());
        checkRange("firstSize", firstSize, 1, secondSize);
        List<MerkleHash> path = new ArrayList<>();
        subproof(firstSize, 0, secondSize, true, path);
        return new ConsistencyProof(firstSize, secondSize, path);
    }

    /** PATH(m, D[start:end]): the audit path of leaf start + m within the subtree D[start:end]. */
    private void auditPath(long m, long start, long end, List<MerkleHash> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            auditPath(m, start, start + k, out);
            out.add(subtreeHash(start + k, end));
        } else {
            auditPath(m - k, start + k, end, out);
            out.add(subtreeHash(start, start + k));
        }
    }

    /** SUBPROOF(m, D[start:end], complete). */
    private void subproof(long m, long start, long end, boolean complete, List<MerkleHash> out) {
        long n = end - start;
        if (m == n) {
            if (!complete) {
                out.add(subtreeHash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, complete, out);
            out.add(subtreeHash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(subtreeHash(start, start + k));
        }
    }

    /** MTH(D[start:end]) for a non-empty range; complete aligned subtrees are looked up, the rest is recomputed. */
    private MerkleHash subtreeHash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return levels.get(level).get(start >>> level);
        }
        long k = largestPowerOfTwoBelow(n);
        return MerkleHashing.nodeHash(subtreeHash(start, start + k), subtreeHash(start + k, end));
    }

    /** The largest power of two smaller than {@code n}, for n ≥ 2. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void checkRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}
