package dev.custos.audit.merkle;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Verification of inclusion and consistency proofs by the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2.
 *
 * <p>Every malformed proof is rejected with a {@link ProofException} before any hashing: negative sizes or indices
 * (uint64 values of 2^63 or more), an index not below the size, a consistency proof from the empty tree or backwards,
 * and a path whose length differs from the one the sizes determine. Only shifts and comparisons are done on the
 * numbers, so no input can overflow them.
 */
public final class MerkleProofs {
    private MerkleProofs() {}

    /**
     * Checks that {@code path} proves the leaf with {@code leafHash} is at {@code leafIndex} in the tree of
     * {@code treeSize} leaves whose root is {@code root}.
     *
     * @throws ProofException naming what does not hold
     */
    public static void verifyInclusion(
            long leafIndex, long treeSize, MerkleHash leafHash, List<MerkleHash> path, MerkleHash root)
            throws ProofException {
        requireNonNull(leafHash, "leafHash is null");
        requireNonNull(path, "path is null");
        requireNonNull(root, "root is null");
        requireNonNegative("treeSize", treeSize);
        requireNonNegative("leafIndex", leafIndex);
        if (leafIndex >= treeSize) {
            throw new ProofException(
                    ProofErrorCode.INDEX_OUT_OF_RANGE,
                    "leaf index " + leafIndex + " is not below tree size " + treeSize);
        }
        requireLength(path, inclusionPathLength(leafIndex, treeSize), "leaf " + leafIndex + " in size " + treeSize);

        long fn = leafIndex;
        long sn = treeSize - 1;
        MerkleHash r = leafHash;
        for (MerkleHash p : path) {
            requireLevelLeft(sn, "leaf " + leafIndex + " in size " + treeSize);
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashing.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHashing.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        requireAtRoot(sn, "leaf " + leafIndex + " in size " + treeSize);
        if (!r.equals(root)) {
            throw new ProofException(
                    ProofErrorCode.ROOT_MISMATCH,
                    "the path for leaf " + leafIndex + " leads to " + r.hex() + ", not to the root " + root.hex()
                            + " of size " + treeSize);
        }
    }

    /**
     * Checks that {@code path} proves the tree of {@code secondSize} leaves with root {@code secondRoot} extends the
     * tree of {@code firstSize} leaves with root {@code firstRoot}. Equal sizes need an empty path and equal roots.
     *
     * @throws ProofException naming what does not hold
     */
    public static void verifyConsistency(
            long firstSize, long secondSize, List<MerkleHash> path, MerkleHash firstRoot, MerkleHash secondRoot)
            throws ProofException {
        requireNonNull(path, "path is null");
        requireNonNull(firstRoot, "firstRoot is null");
        requireNonNull(secondRoot, "secondRoot is null");
        requireNonNegative("firstSize", firstSize);
        requireNonNegative("secondSize", secondSize);
        String sizes = "from size " + firstSize + " to size " + secondSize;
        if (firstSize > secondSize) {
            throw new ProofException(ProofErrorCode.SIZES_OUT_OF_ORDER, "a consistency proof " + sizes);
        }
        if (firstSize == 0) {
            throw new ProofException(
                    ProofErrorCode.EMPTY_FIRST_TREE, "a consistency proof " + sizes + " proves nothing");
        }
        requireLength(path, consistencyPathLength(firstSize, secondSize), sizes);
        if (firstSize == secondSize) {
            if (!firstRoot.equals(secondRoot)) {
                throw new ProofException(
                        ProofErrorCode.ROOT_MISMATCH,
                        "two roots for size " + firstSize + ": " + firstRoot.hex() + " and " + secondRoot.hex());
            }
            return;
        }

        List<MerkleHash> nodes = new ArrayList<>(path.size() + 1);
        if (Long.bitCount(firstSize) == 1) {
            nodes.add(firstRoot);
        }
        nodes.addAll(path);
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        MerkleHash fr = nodes.get(0);
        MerkleHash sr = nodes.get(0);
        for (MerkleHash c : nodes.subList(1, nodes.size())) {
            requireLevelLeft(sn, sizes);
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashing.nodeHash(c, fr);
                sr = MerkleHashing.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleHashing.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        requireAtRoot(sn, sizes);
        if (!fr.equals(firstRoot)) {
            throw new ProofException(
                    ProofErrorCode.FIRST_ROOT_MISMATCH,
                    "the proof " + sizes + " leads to first root " + fr.hex() + ", not " + firstRoot.hex());
        }
        if (!sr.equals(secondRoot)) {
            throw new ProofException(
                    ProofErrorCode.ROOT_MISMATCH,
                    "the proof " + sizes + " leads to second root " + sr.hex() + ", not " + secondRoot.hex());
        }
    }

    /**
     * The length of the audit path of leaf {@code index} in a tree of {@code size} leaves (0 ≤ index &lt; size): one
     * hash per level below the point where the paths to the leaf and to the last leaf part, plus one for each level
     * above it where the leaf's subtree is a right child.
     */
    static int inclusionPathLength(long index, long size) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        return inner + Long.bitCount(index >>> inner);
    }

    /**
     * The length of a consistency proof from {@code first} to {@code second} leaves (0 &lt; first ≤ second): the
     * audit path of leaf first − 1, without the levels inside the largest complete subtree that ends at first, plus
     * that subtree's root unless it is the whole first tree (first a power of two).
     */
    static int consistencyPathLength(long first, long second) {
        if (first == second) {
            return 0;
        }
        int shift = Long.numberOfTrailingZeros(first);
        int ownRoot = Long.bitCount(first) == 1 ? 0 : 1;
        return ownRoot + inclusionPathLength(first - 1, second) - shift;
    }

    private static void requireNonNegative(String name, long value) throws ProofException {
        if (value < 0) {
            throw new ProofException(
                    ProofErrorCode.SIZE_OUT_OF_RANGE, name + " " + Long.toUnsignedString(value) + " is 2^63 or more");
        }
    }

    /** RFC 9162: a hash left over once the walk reached the root fails the proof (the length check prevents it). */
    private static void requireLevelLeft(long sn, String what) throws ProofException {
        if (sn == 0) {
            throw new ProofException(ProofErrorCode.WRONG_PROOF_LENGTH, "hashes left over at the root for " + what);
        }
    }

    /** RFC 9162: a walk that ends below the root fails the proof (the length check prevents it). */
    private static void requireAtRoot(long sn, String what) throws ProofException {
        if (sn != 0) {
            throw new ProofException(ProofErrorCode.WRONG_PROOF_LENGTH, "the path ends below the root for " + what);
        }
    }

    private static void requireLength(List<MerkleHash> path, int expected, String what) throws ProofException {
        if (path.size() != expected) {
            throw new ProofException(
                    ProofErrorCode.WRONG_PROOF_LENGTH,
                    "a proof for " + what + " has " + expected + " hashes, got " + path.size());
        }
    }
}
