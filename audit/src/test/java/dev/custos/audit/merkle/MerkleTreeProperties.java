package dev.custos.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * For random sizes, the tree agrees with {@link NaiveMerkle}, every inclusion and consistency proof it gives verifies,
 * and every tampered proof (a flipped bit, another index or first size, a hash added or dropped) is rejected.
 *
 * <p>The tree size of an inclusion proof, and the second size of a consistency proof, are not tampered with: a root
 * does not bind the size (the root of 3 leaves is also what the path of leaf 0 "in 4 leaves" yields from the same
 * hashes), which is why a checkpoint signs the size together with the root.
 */
class MerkleTreeProperties {
    @Property(tries = 60, seed = "20260901")
    void root_everyPrefix_matchesNaiveTreeHead(@ForAll @IntRange(min = 0, max = 200) int size) {
        List<MerkleHash> leaves = leaves(size);
        MerkleTree tree = tree(leaves);

        for (int n = 0; n <= size; n++) {
            assertThat(tree.root(n)).isEqualTo(NaiveMerkle.mth(leaves.subList(0, n)));
        }
    }

    @Property(tries = 60, seed = "20260902")
    void inclusionProof_everyLeaf_matchesNaivePathAndVerifies(@ForAll @IntRange(min = 1, max = 150) int size)
            throws ProofException {
        List<MerkleHash> leaves = leaves(size);
        MerkleTree tree = tree(leaves);
        MerkleHash root = tree.root();

        for (int index = 0; index < size; index++) {
            InclusionProof proof = tree.inclusionProof(index, size);

            assertThat(proof.path()).isEqualTo(NaiveMerkle.path(index, leaves));
            assertThat(proof.path()).hasSize(MerkleProofs.inclusionPathLength(index, size));
            proof.verify(leaves.get(index), root);
        }
    }

    @Property(tries = 60, seed = "20260903")
    void consistencyProof_everyPair_matchesNaiveProofAndVerifies(@ForAll @IntRange(min = 1, max = 80) int size)
            throws ProofException {
        List<MerkleHash> leaves = leaves(size);
        MerkleTree tree = tree(leaves);

        for (int second = 1; second <= size; second++) {
            for (int first = 1; first <= second; first++) {
                ConsistencyProof proof = tree.consistencyProof(first, second);

                assertThat(proof.path()).isEqualTo(NaiveMerkle.proof(first, leaves.subList(0, second)));
                assertThat(proof.path()).hasSize(MerkleProofs.consistencyPathLength(first, second));
                proof.verify(tree.root(first), tree.root(second));
            }
        }
    }

    @Property(tries = 80, seed = "20260904")
    void verifyInclusion_tamperedProof_throwsProofException(
            @ForAll @IntRange(min = 1, max = 100) int size,
            @ForAll @IntRange(min = 0, max = 99) int rawIndex,
            @ForAll @IntRange(min = 0, max = 1000) int choice) {
        List<MerkleHash> leaves = leaves(size);
        MerkleTree tree = tree(leaves);
        int index = rawIndex % size;
        InclusionProof proof = tree.inclusionProof(index, size);
        MerkleHash root = tree.root();
        List<MerkleHash> path = proof.path();

        List<Tampered> tampered = new ArrayList<>();
        tampered.add(new Tampered(index, size, leaves.get(index), path, flip(root, choice)));
        tampered.add(new Tampered(index, size, flip(leaves.get(index), choice), path, root));
        tampered.add(new Tampered(index, size, leaves.get(index), append(path, root), root));
        tampered.add(new Tampered(index + 1, size, leaves.get(index), path, root));
        if (!path.isEmpty()) {
            int at = choice % path.size();
            List<MerkleHash> flipped = new ArrayList<>(path);
            flipped.set(at, flip(path.get(at), choice));
            tampered.add(new Tampered(index, size, leaves.get(index), flipped, root));
            tampered.add(new Tampered(index, size, leaves.get(index), path.subList(1, path.size()), root));
        }
        if (index > 0) {
            tampered.add(new Tampered(index - 1, size, leaves.get(index), path, root));
        }
        for (Tampered t : tampered) {
            assertThatThrownBy(() -> MerkleProofs.verifyInclusion(t.index(), t.size(), t.leaf(), t.path(), t.root()))
                    .as("%s", t)
                    .isInstanceOf(ProofException.class);
        }
    }

    @Property(tries = 80, seed = "20260905")
    void verifyConsistency_tamperedProof_throwsProofException(
            @ForAll @IntRange(min = 2, max = 100) int second,
            @ForAll @IntRange(min = 1, max = 99) int rawFirst,
            @ForAll @IntRange(min = 0, max = 1000) int choice) {
        List<MerkleHash> leaves = leaves(second);
        MerkleTree tree = tree(leaves);
        int first = 1 + (rawFirst - 1) % (second - 1);
        List<MerkleHash> path = tree.consistencyProof(first, second).path();
        MerkleHash firstRoot = tree.root(first);
        MerkleHash secondRoot = tree.root(second);
        int at = choice % path.size();
        List<MerkleHash> flipped = new ArrayList<>(path);
        flipped.set(at, flip(path.get(at), choice));

        List<Tampered> tampered = List.of(
                new Tampered(first, second, firstRoot, path, flip(secondRoot, choice)),
                new Tampered(first, second, flip(firstRoot, choice), path, secondRoot),
                new Tampered(first, second, firstRoot, flipped, secondRoot),
                new Tampered(first, second, firstRoot, path.subList(1, path.size()), secondRoot),
                new Tampered(first, second, firstRoot, path.subList(0, path.size() - 1), secondRoot),
                new Tampered(first, second, firstRoot, append(path, secondRoot), secondRoot),
                new Tampered(first + 1, second, firstRoot, path, secondRoot),
                new Tampered(first - 1, second, firstRoot, path, secondRoot),
                new Tampered(first, second, secondRoot, path, firstRoot));
        for (Tampered t : tampered) {
            assertThatThrownBy(() -> MerkleProofs.verifyConsistency(t.index(), t.size(), t.path(), t.leaf(), t.root()))
                    .as("%s", t)
                    .isInstanceOf(ProofException.class);
        }
    }

    /** A proof with one part changed; for consistency proofs index/size are the first/second size, leaf the first root. */
    private record Tampered(long index, long size, MerkleHash leaf, List<MerkleHash> path, MerkleHash root) {}

    private static List<MerkleHash> leaves(int size) {
        List<MerkleHash> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(MerkleHashing.leafHash(
                    ByteBuffer.allocate(8).putInt(size).putInt(i).array()));
        }
        return leaves;
    }

    private static MerkleTree tree(List<MerkleHash> leaves) {
        MerkleTree tree = new MerkleTree();
        leaves.forEach(tree::appendLeafHash);
        return tree;
    }

    private static MerkleHash flip(MerkleHash hash, int choice) {
        byte[] bytes = hash.bytes();
        bytes[choice % MerkleHash.LENGTH] ^= (byte) (1 << (choice % 8));
        return new MerkleHash(bytes);
    }

    private static List<MerkleHash> append(List<MerkleHash> path, MerkleHash extra) {
        List<MerkleHash> longer = new ArrayList<>(path);
        longer.add(extra);
        return longer;
    }
}
