package dev.custos.audit.merkle;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A consistency proof as RFC 9162 §2.1.4 defines it: the hashes that show the tree of {@link #firstSize} leaves is a
 * prefix of the tree of {@link #secondSize} leaves.
 *
 * <p>As with {@link InclusionProof}, the numbers are checked by {@link #verify}, which throws a {@link
 * ProofException} naming the fault, not by the constructor.
 *
 * @param firstSize the size of the older tree
 * @param secondSize the size of the newer tree
 * @param path the proof hashes (copied; no nulls)
 */
public record ConsistencyProof(long firstSize, long secondSize, List<MerkleHash> path) {
    public ConsistencyProof {
        path = List.copyOf(requireNonNull(path, "path is null"));
    }

    /**
     * Checks that the tree with root {@code secondRoot} extends the tree with root {@code firstRoot}.
     *
     * @throws ProofException naming what does not hold
     */
    public void verify(MerkleHash firstRoot, MerkleHash secondRoot) throws ProofException {
        MerkleProofs.verifyConsistency(firstSize, secondSize, path, firstRoot, secondRoot);
    }
}
