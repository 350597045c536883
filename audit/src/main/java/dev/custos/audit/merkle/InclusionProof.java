package dev.custos.audit.merkle;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An inclusion proof as RFC 9162 §2.1.3 defines it: the audit path of one leaf in the tree of a given size.
 *
 * <p>A proof usually comes from outside, so its numbers are not checked here: {@link #verify} checks them and names
 * what is wrong with a {@link ProofException} (an index past the tree, a path of the wrong length) instead of failing
 * at construction.
 *
 * @param leafIndex the index of the leaf, from 0
 * @param treeSize the size of the tree whose root the path leads to
 * @param path the sibling hashes from the leaf up to the root (copied; no nulls)
 */
public record InclusionProof(long leafIndex, long treeSize, List<MerkleHash> path) {
    public InclusionProof {
        path = List.copyOf(requireNonNull(path, "path is null"));
    }

    /**
     * Checks that the leaf with {@code leafHash} is at {@link #leafIndex} in the tree whose root is {@code root}.
     *
     * @throws ProofException naming what does not hold
     */
    public void verify(MerkleHash leafHash, MerkleHash root) throws ProofException {
        MerkleProofs.verifyInclusion(leafIndex, treeSize, leafHash, path, root);
    }
}
