package dev.custos.audit.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The transparency-dev reference tree of {@code vectors/merkle/reference-tree.json} (see its PROVENANCE.md). */
final class ReferenceTree {
    private static final JsonNode VECTORS = load();

    private ReferenceTree() {}

    static List<byte[]> leaves() {
        List<byte[]> leaves = new ArrayList<>();
        VECTORS.path("leaves_hex").forEach(leaf -> leaves.add(HexFormat.of().parseHex(leaf.asText())));
        return leaves;
    }

    static MerkleHash root(int size) {
        return MerkleHash.ofHex(VECTORS.path("roots_by_size").get(size).asText());
    }

    static int rootCount() {
        return VECTORS.path("roots_by_size").size();
    }

    /** The hashes of the complete subtrees of 2^level leaves, left to right. */
    static List<MerkleHash> nodeHashes(int level) {
        return hashes(VECTORS.path("node_hashes_by_level").get(level));
    }

    static int levelCount() {
        return VECTORS.path("node_hashes_by_level").size();
    }

    static List<InclusionProof> inclusionProofs() {
        List<InclusionProof> proofs = new ArrayList<>();
        for (JsonNode proof : VECTORS.path("inclusion_proofs")) {
            proofs.add(new InclusionProof(
                    proof.path("leaf_index").asLong(), proof.path("tree_size").asLong(), hashes(proof.path("path"))));
        }
        return proofs;
    }

    static List<ConsistencyProof> consistencyProofs() {
        List<ConsistencyProof> proofs = new ArrayList<>();
        for (JsonNode proof : VECTORS.path("consistency_proofs")) {
            proofs.add(new ConsistencyProof(
                    proof.path("first_size").asLong(), proof.path("second_size").asLong(), hashes(proof.path("path"))));
        }
        return proofs;
    }

    private static List<MerkleHash> hashes(JsonNode array) {
        List<MerkleHash> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(MerkleHash.ofHex(hash.asText())));
        return hashes;
    }

    private static JsonNode load() {
        try (InputStream in = ReferenceTree.class.getResourceAsStream("/vectors/merkle/reference-tree.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
