package dev.custos.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed proofs are rejected with a typed error before any arithmetic can go wrong. */
class MerkleProofsTest {
    private static final MerkleHash A = MerkleHashing.leafHash(new byte[] {1});
    private static final MerkleHash B = MerkleHashing.leafHash(new byte[] {2});

    @Test
    void verifyInclusion_emptyTree_throwsIndexOutOfRange() {
        assertProofError(() -> MerkleProofs.verifyInclusion(0, 0, A, List.of(), A), ProofErrorCode.INDEX_OUT_OF_RANGE);
    }

    @Test
    void verifyInclusion_indexAtSize_throwsIndexOutOfRangeNamingBoth() {
        assertThatThrownBy(() -> MerkleProofs.verifyInclusion(5, 5, A, List.of(), A))
                .isInstanceOf(ProofException.class)
                .hasMessage("INDEX_OUT_OF_RANGE: leaf index 5 is not below tree size 5");
    }

    @Test
    void verifyInclusion_negativeValues_throwSizeOutOfRange() {
        assertProofError(() -> MerkleProofs.verifyInclusion(0, -1, A, List.of(), A), ProofErrorCode.SIZE_OUT_OF_RANGE);
        assertProofError(() -> MerkleProofs.verifyInclusion(-1, 8, A, List.of(), A), ProofErrorCode.SIZE_OUT_OF_RANGE);
        assertThatThrownBy(() -> MerkleProofs.verifyInclusion(-1, 8, A, List.of(), A))
                .hasMessageContaining("leafIndex 18446744073709551615 is 2^63 or more");
    }

    @Test
    void verifyInclusion_wrongPathLength_throwsNamingBothLengths() {
        assertThatThrownBy(() -> MerkleProofs.verifyInclusion(0, 8, A, List.of(B, B), A))
                .isInstanceOf(ProofException.class)
                .hasMessage("WRONG_PROOF_LENGTH: a proof for leaf 0 in size 8 has 3 hashes, got 2");
        assertProofError(() -> MerkleProofs.verifyInclusion(0, 1, A, List.of(B), A), ProofErrorCode.WRONG_PROOF_LENGTH);
    }

    @Test
    void verifyInclusion_largestSizes_rejectsWithoutOverflow() {
        long max = Long.MAX_VALUE;
        List<MerkleHash> path62 = Collections.nCopies(62, B);

        assertProofError(() -> MerkleProofs.verifyInclusion(max - 1, max, A, path62, A), ProofErrorCode.ROOT_MISMATCH);
        assertProofError(
                () -> MerkleProofs.verifyInclusion(0, max, A, List.of(), A), ProofErrorCode.WRONG_PROOF_LENGTH);
        assertThat(MerkleProofs.inclusionPathLength(max - 1, max)).isEqualTo(62);
        assertThat(MerkleProofs.inclusionPathLength(0, max)).isEqualTo(63);
    }

    @Test
    void verifyInclusion_singleLeafTree_acceptsOnlyItsLeaf() throws ProofException {
        MerkleProofs.verifyInclusion(0, 1, A, List.of(), A);

        assertProofError(() -> MerkleProofs.verifyInclusion(0, 1, B, List.of(), A), ProofErrorCode.ROOT_MISMATCH);
    }

    @Test
    void verifyConsistency_firstLargerThanSecond_throwsSizesOutOfOrder() {
        assertThatThrownBy(() -> MerkleProofs.verifyConsistency(3, 2, List.of(), A, B))
                .isInstanceOf(ProofException.class)
                .hasMessage("SIZES_OUT_OF_ORDER: a consistency proof from size 3 to size 2");
    }

    @Test
    void verifyConsistency_fromEmptyTree_throwsEmptyFirstTree() {
        MerkleHash empty = MerkleHashing.emptyRoot();

        assertProofError(
                () -> MerkleProofs.verifyConsistency(0, 0, List.of(), empty, empty), ProofErrorCode.EMPTY_FIRST_TREE);
        assertProofError(
                () -> MerkleProofs.verifyConsistency(0, 1, List.of(), empty, A), ProofErrorCode.EMPTY_FIRST_TREE);
    }

    @Test
    void verifyConsistency_equalSizes_needEmptyPathAndEqualRoots() throws ProofException {
        MerkleProofs.verifyConsistency(4, 4, List.of(), A, A);

        assertProofError(
                () -> MerkleProofs.verifyConsistency(4, 4, List.of(A), A, A), ProofErrorCode.WRONG_PROOF_LENGTH);
        assertThatThrownBy(() -> MerkleProofs.verifyConsistency(4, 4, List.of(), A, B))
                .isInstanceOf(ProofException.class)
                .hasMessageContaining("ROOT_MISMATCH: two roots for size 4");
    }

    @Test
    void verifyConsistency_emptyPathForGrowth_throwsWrongProofLength() {
        assertProofError(
                () -> MerkleProofs.verifyConsistency(1, 2, List.of(), A, B), ProofErrorCode.WRONG_PROOF_LENGTH);
    }

    @Test
    void verifyConsistency_largestSizes_rejectsWithoutOverflow() {
        long max = Long.MAX_VALUE;
        int length = MerkleProofs.consistencyPathLength(max - 1, max);

        assertProofError(
                () -> MerkleProofs.verifyConsistency(max - 1, max, Collections.nCopies(length, B), A, B),
                ProofErrorCode.FIRST_ROOT_MISMATCH);
        assertProofError(
                () -> MerkleProofs.verifyConsistency(1, max, List.of(B), A, B), ProofErrorCode.WRONG_PROOF_LENGTH);
        assertProofError(
                () -> MerkleProofs.verifyConsistency(-1, max, List.of(B), A, B), ProofErrorCode.SIZE_OUT_OF_RANGE);
    }

    @Test
    void merkleHash_wrongLength_throwsIllegalArgument() {
        assertThatThrownBy(() -> new MerkleHash(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Merkle hash is 32 bytes, got 31");
    }

    @Test
    void merkleHash_bytes_areCopiedInAndOut() {
        byte[] bytes = A.bytes();
        MerkleHash hash = new MerkleHash(bytes);
        bytes[0] ^= 1;
        hash.bytes()[1] ^= 1;

        assertThat(hash).isEqualTo(A);
    }

    private static void assertProofError(Verification verification, ProofErrorCode code) {
        assertThatThrownBy(verification::run)
                .isInstanceOf(ProofException.class)
                .satisfies(e -> assertThat(((ProofException) e).code()).isEqualTo(code));
    }

    @FunctionalInterface
    private interface Verification {
        void run() throws ProofException;
    }
}
