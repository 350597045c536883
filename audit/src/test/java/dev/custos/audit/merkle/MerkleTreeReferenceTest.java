package dev.custos.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree against the transparency-dev RFC 6962 reference tree (vectors/merkle/PROVENANCE.md). */
class MerkleTreeReferenceTest {
    private final MerkleTree tree = MerkleTree.ofEntries(ReferenceTree.leaves());

    @Test
    void root_everySize_matchesReferenceRoots() {
        assertThat(ReferenceTree.rootCount()).isEqualTo(9);
        for (int size = 0; size <= 8; size++) {
            assertThat(tree.root(size)).as("root of size %d", size).isEqualTo(ReferenceTree.root(size));
        }
        assertThat(tree.root()).isEqualTo(ReferenceTree.root(8));
    }

    @Test
    void root_growingTree_matchesReferenceRootAfterEachAppend() {
        MerkleTree growing = new MerkleTree();
        assertThat(growing.root()).isEqualTo(ReferenceTree.root(0));
        List<byte[]> leaves = ReferenceTree.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            assertThat(growing.appendEntry(leaves.get(i))).isEqualTo(i);
            assertThat(growing.root()).isEqualTo(ReferenceTree.root(i + 1));
        }
    }

    @Test
    void leafHash_referenceLeaves_matchLevelZeroNodeHashes() {
        List<MerkleHash> level0 = ReferenceTree.nodeHashes(0);
        List<byte[]> leaves = ReferenceTree.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            assertThat(MerkleHashing.leafHash(leaves.get(i))).isEqualTo(level0.get(i));
            assertThat(tree.leafHash(i)).isEqualTo(level0.get(i));
        }
    }

    @Test
    void nodeHash_completeSubtrees_matchReferenceNodeHashes() {
        assertThat(ReferenceTree.levelCount()).isEqualTo(4);
        for (int level = 1; level < 4; level++) {
            List<MerkleHash> below = ReferenceTree.nodeHashes(level - 1);
            List<MerkleHash> hashes = ReferenceTree.nodeHashes(level);
            for (int i = 0; i < hashes.size(); i++) {
                assertThat(MerkleHashing.nodeHash(below.get(2 * i), below.get(2 * i + 1)))
                        .isEqualTo(hashes.get(i));
            }
        }
    }

    @Test
    void inclusionProof_referenceCases_matchAndVerify() throws ProofException {
        List<InclusionProof> vectors = ReferenceTree.inclusionProofs();
        assertThat(vectors).hasSize(5);
        for (InclusionProof expected : vectors) {
            InclusionProof proof = tree.inclusionProof(expected.leafIndex(), expected.treeSize());

            assertThat(proof).isEqualTo(expected);
            proof.verify(tree.leafHash(proof.leafIndex()), ReferenceTree.root((int) proof.treeSize()));
        }
    }

    @Test
    void consistencyProof_referenceCases_matchAndVerify() throws ProofException {
        List<ConsistencyProof> vectors = ReferenceTree.consistencyProofs();
        assertThat(vectors).hasSize(5);
        for (ConsistencyProof expected : vectors) {
            ConsistencyProof proof = tree.consistencyProof(expected.firstSize(), expected.secondSize());

            assertThat(proof).isEqualTo(expected);
            proof.verify(ReferenceTree.root((int) proof.firstSize()), ReferenceTree.root((int) proof.secondSize()));
        }
    }

    @Test
    void consistencyProof_referenceCaseAgainstOtherRoots_throwsRootMismatch() {
        ConsistencyProof proof = ReferenceTree.consistencyProofs().get(2);

        assertThatThrownBy(() -> proof.verify(ReferenceTree.root(6), ReferenceTree.root(7)))
                .isInstanceOf(ProofException.class)
                .hasMessageContaining("ROOT_MISMATCH");
        assertThatThrownBy(() -> proof.verify(ReferenceTree.root(5), ReferenceTree.root(8)))
                .isInstanceOf(ProofException.class)
                .hasMessageContaining("FIRST_ROOT_MISMATCH");
    }

    @Test
    void inclusionProof_outsideTheTree_throwsIllegalArgument() {
        assertThatThrownBy(() -> tree.inclusionProof(8, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leafIndex");
        assertThatThrownBy(() -> tree.inclusionProof(0, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("treeSize");
        assertThatThrownBy(() -> tree.consistencyProof(0, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstSize");
        assertThatThrownBy(() -> tree.root(9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("treeSize");
    }
}
