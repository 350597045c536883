package dev.custos.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.audit.merkle.MerkleHash;
import dev.custos.audit.merkle.MerkleHashing;
import dev.custos.audit.note.NoteErrorCode;
import dev.custos.audit.note.NoteException;
import dev.custos.audit.note.NoteVectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checkpoint bodies: the Go sumdb golden body, transparency-dev's invalid bodies, and the strict rules. */
class CheckpointTest {
    private static final JsonNode VECTORS = NoteVectors.checkpoints();

    @Test
    void body_goTlogGoldenTree_matchesByteForByte() throws NoteException {
        JsonNode golden = VECTORS.path("go_tlog_format_tree");
        MerkleHash root = MerkleHashing.leafHash(
                golden.path("root_is_leaf_hash_of").asText().getBytes(StandardCharsets.UTF_8));
        Checkpoint checkpoint = Checkpoint.of(
                golden.path("origin").asText(), golden.path("size").asLong(), root);

        assertThat(checkpoint.body()).isEqualTo(golden.path("body").asText());
        assertThat(Checkpoint.parse(golden.path("body").asText())).isEqualTo(checkpoint);
    }

    @Test
    void parse_transparencyDevInvalidBodies_throwMalformedCheckpoint() {
        JsonNode cases = VECTORS.path("transparency_dev_invalid_bodies");
        assertThat(cases).hasSize(7);
        for (JsonNode invalid : cases) {
            assertMalformed(invalid.path("body").asText(), invalid.path("desc").asText());
        }
    }

    @Test
    void parse_extensionLines_keepsThemInOrder() throws NoteException {
        String body = "example.com/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\nfirst\nsecond\n";

        Checkpoint checkpoint = Checkpoint.parse(body);

        assertThat(checkpoint.size()).isZero();
        assertThat(checkpoint.root()).isEqualTo(MerkleHashing.emptyRoot());
        assertThat(checkpoint.extensions()).containsExactly("first", "second");
        assertThat(checkpoint.body()).isEqualTo(body);
    }

    @Test
    void parse_strictRules_rejectEachDeviation() {
        String root = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        assertMalformed("log\n007\n" + root + "\n", "leading zeros");
        assertMalformed("log\n+7\n" + root + "\n", "sign");
        assertMalformed("log\n9223372036854775808\n" + root + "\n", "2^63");
        assertMalformed("log\n7\n" + root.replace("=", "") + "\n", "unpadded base64");
        assertMalformed("log\n7\nYmFuYW5hcw==\n", "root of 7 bytes");
        assertMalformed("log\n7\n" + root + "\n\n", "empty extension line");
        assertMalformed("log\n7\n" + root + "\ntrailing", "no final newline");
        assertMalformed("lo\tg\n7\n" + root + "\n", "tab in origin");
    }

    @Test
    void construct_invalidComponents_throwIllegalArgument() {
        MerkleHash root = MerkleHashing.emptyRoot();

        assertThatThrownBy(() -> Checkpoint.of("", 0, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.of("a\nb", 0, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.of("log", -1, root)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint("log", 0, root, List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertMalformed(String body, String description) {
        assertThatThrownBy(() -> Checkpoint.parse(body))
                .as(description)
                .isInstanceOf(NoteException.class)
                .satisfies(e -> assertThat(((NoteException) e).code()).isEqualTo(NoteErrorCode.MALFORMED_CHECKPOINT));
    }
}
