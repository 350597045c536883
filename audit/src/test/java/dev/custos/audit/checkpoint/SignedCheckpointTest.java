package dev.custos.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.audit.merkle.MerkleHashing;
import dev.custos.audit.note.NoteErrorCode;
import dev.custos.audit.note.NoteException;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.NoteVectors;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.note.SignedNote;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening signed checkpoints: a real sum.golang.org tree head, and log plus node co-signatures. */
class SignedCheckpointTest {
    private static final JsonNode SUMDB = NoteVectors.checkpoints().path("sum_golang_org");
    private static final String ORIGIN = "custos.example/audit";

    @Test
    void open_sumGolangOrgTreeHead_verifiesAndParses() throws NoteException {
        NoteVerifierKey key = NoteVerifierKey.parse(SUMDB.path("vkey").asText());
        SignedNote note = SignedNote.parse(SUMDB.path("note").asText());

        SignedCheckpoint checkpoint =
                SignedCheckpoint.open(note, SUMDB.path("origin").asText(), key, List.of());

        assertThat(checkpoint.checkpoint().size()).isEqualTo(SUMDB.path("size").asLong());
        assertThat(checkpoint.checkpoint().origin()).isEqualTo("go.sum database tree");
        assertThat(checkpoint.cosigners()).isEmpty();
    }

    @Test
    void open_sumGolangOrgTreeHeadForAnotherOrigin_throwsWrongOrigin() throws NoteException {
        NoteVerifierKey key = NoteVerifierKey.parse(SUMDB.path("vkey").asText());
        SignedNote note = SignedNote.parse(SUMDB.path("note").asText());

        assertThatThrownBy(() -> SignedCheckpoint.open(note, "Go rocks", key, List.of()))
                .isInstanceOf(NoteException.class)
                .hasMessage("WRONG_ORIGIN: the checkpoint is for 'go.sum database tree', not 'Go rocks'");
    }

    @Test
    void open_logAndTwoNodes_listsTheNodesAsCosigners() throws NoteException {
        Keys keys = new Keys();
        String body = Checkpoint.of(ORIGIN, 0, MerkleHashing.emptyRoot()).body();
        NoteSigner stranger = NoteSigner.generate("stranger", new SecureRandom());
        SignedNote note = new SignedNote(
                body, List.of(keys.log.sign(body), keys.node1.sign(body), stranger.sign(body), keys.node2.sign(body)));

        SignedCheckpoint checkpoint = SignedCheckpoint.open(note, ORIGIN, keys.log.verifierKey(), keys.nodeKeys());

        assertThat(checkpoint.cosigners()).containsExactly(keys.node1.verifierKey(), keys.node2.verifierKey());
        assertThat(checkpoint.signedNote()).isEqualTo(note);
    }

    @Test
    void open_onlyNodesSigned_throwsMissingSignature() {
        Keys keys = new Keys();
        String body = Checkpoint.of(ORIGIN, 0, MerkleHashing.emptyRoot()).body();
        SignedNote note = new SignedNote(body, List.of(keys.node1.sign(body)));

        assertThatThrownBy(() -> SignedCheckpoint.open(note, ORIGIN, keys.log.verifierKey(), keys.nodeKeys()))
                .isInstanceOf(NoteException.class)
                .satisfies(e -> assertThat(((NoteException) e).code()).isEqualTo(NoteErrorCode.MISSING_SIGNATURE));
    }

    @Test
    void open_badNodeSignature_rejectsTheWholeCheckpoint() {
        Keys keys = new Keys();
        String body = Checkpoint.of(ORIGIN, 0, MerkleHashing.emptyRoot()).body();
        String other =
                Checkpoint.of(ORIGIN, 1, MerkleHashing.leafHash(new byte[0])).body();
        SignedNote note = new SignedNote(body, List.of(keys.log.sign(body), keys.node1.sign(other)));

        assertThatThrownBy(() -> SignedCheckpoint.open(note, ORIGIN, keys.log.verifierKey(), keys.nodeKeys()))
                .isInstanceOf(NoteException.class)
                .hasMessageStartingWith("INVALID_SIGNATURE: invalid signature for key node-1+");
    }

    @Test
    void open_notACheckpoint_throwsMalformedCheckpoint() {
        Keys keys = new Keys();
        String body = "if this is a valid checkpoint then I'll eat my hat\n";
        SignedNote note = new SignedNote(body, List.of(keys.log.sign(body)));

        assertThatThrownBy(() -> SignedCheckpoint.open(note, ORIGIN, keys.log.verifierKey(), List.of()))
                .isInstanceOf(NoteException.class)
                .satisfies(e -> assertThat(((NoteException) e).code()).isEqualTo(NoteErrorCode.MALFORMED_CHECKPOINT));
    }

    /** A log key and two node keys. */
    private static final class Keys {
        final NoteSigner log = NoteSigner.generate(ORIGIN, new SecureRandom());
        final NoteSigner node1 = NoteSigner.generate("node-1", new SecureRandom());
        final NoteSigner node2 = NoteSigner.generate("node-2", new SecureRandom());

        List<NoteVerifierKey> nodeKeys() {
            return List.of(node1.verifierKey(), node2.verifierKey());
        }
    }
}
