package dev.custos.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.audit.AuditScenario;
import dev.custos.audit.checkpoint.Checkpoint;
import dev.custos.audit.checkpoint.SignedCheckpoint;
import dev.custos.audit.merkle.MerkleHashing;
import dev.custos.audit.merkle.MerkleTree;
import dev.custos.audit.note.NoteSignature;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.SignedNote;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server's log: a signed checkpoint per append, proofs, co-signatures, and refusing a tampered store. */
class AuditLogTest {
    @Test
    void append_entries_storesASignedCheckpointForEverySize() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();

        scenario.append(5);

        List<String> notes = scenario.store.checkpoints();
        assertThat(notes).hasSize(5);
        MerkleTree expected = MerkleTree.ofEntries(scenario.entries());
        for (int size = 1; size <= 5; size++) {
            Checkpoint checkpoint = open(scenario, notes.get(size - 1)).checkpoint();
            assertThat(checkpoint.size()).isEqualTo(size);
            assertThat(checkpoint.root()).isEqualTo(expected.root(size));
        }
        assertThat(scenario.log.latestCheckpoint()).hasValue(SignedNote.parse(notes.get(4)));
    }

    @Test
    void latestCheckpoint_emptyLog_isEmpty() throws GeneralSecurityException {
        assertThat(new AuditScenario().log.latestCheckpoint()).isEmpty();
    }

    @Test
    void inclusionProof_eachEntry_verifiesAgainstTheSignedRoot() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        scenario.append(9);
        Checkpoint head = open(scenario, scenario.log.checkpoint(9).encode()).checkpoint();

        for (long index = 0; index < 9; index++) {
            scenario.log
                    .inclusionProof(index, 9)
                    .verify(MerkleHashing.leafHash(AuditScenario.entry(index)), head.root());
        }
    }

    @Test
    void open_existingStore_continuesTheSameTree() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        scenario.append(6);
        Checkpoint before = open(scenario, scenario.log.checkpoint(6).encode()).checkpoint();

        AuditLog reopened =
                AuditLog.open(AuditScenario.ORIGIN, scenario.logKey, scenario.nodeVerifierKeys(), scenario.store);
        reopened.append(AuditScenario.entry(6));

        Checkpoint after = open(scenario, reopened.checkpoint(7).encode()).checkpoint();
        reopened.consistencyProof(6, 7).verify(before.root(), after.root());
    }

    @Test
    void open_storeWithATamperedEntry_throwsStoreInconsistent() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        scenario.append(4);
        AuditStore tampered = new EditedStore(scenario.store, 2, "tampered".getBytes());

        assertThatThrownBy(() -> AuditLog.open(AuditScenario.ORIGIN, scenario.logKey, List.of(), tampered))
                .isInstanceOf(AuditException.class)
                .hasMessage("STORE_INCONSISTENT: the 4 stored entries do not hash to the root of the stored checkpoint"
                        + " of size 4");
    }

    @Test
    void open_storeSignedByAnotherKey_throwsStoreInconsistent() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        scenario.append(2);
        NoteSigner otherKey = AuditScenario.signer(AuditScenario.ORIGIN, 42);

        assertThatThrownBy(() -> AuditLog.open(AuditScenario.ORIGIN, otherKey, List.of(), scenario.store))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith(
                        "STORE_INCONSISTENT: the stored checkpoint of size 2 does not verify:" + " MISSING_SIGNATURE");
    }

    @Test
    void addCosignature_validNodeSignature_isStoredWithTheCheckpoint() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        scenario.append(3);
        NoteSigner node = scenario.nodeKeys.get(0);
        NoteSignature cosignature = node.sign(scenario.log.checkpoint(3).text());

        SignedNote cosigned = scenario.log.addCosignature(3, cosignature);

        assertThat(cosigned.signatures()).hasSize(2).contains(cosignature);
        assertThat(open(scenario, scenario.store.checkpoint(3).orElseThrow()).cosigners())
                .containsExactly(node.verifierKey());
    }

    @Test
    void addCosignature_unknownKey_throwsUnknownCosigner() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        scenario.append(1);
        NoteSigner stranger = AuditScenario.signer("stranger", 5);
        NoteSignature cosignature = stranger.sign(scenario.log.checkpoint(1).text());

        assertThatThrownBy(() -> scenario.log.addCosignature(1, cosignature))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("UNKNOWN_COSIGNER: no co-signer key stranger+");
    }

    @Test
    void addCosignature_signatureOfAnotherCheckpoint_throwsInvalidCosignatureAndStoresNothing()
            throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        scenario.append(2);
        NoteSignature ofSizeOne =
                scenario.nodeKeys.get(1).sign(scenario.log.checkpoint(1).text());

        assertThatThrownBy(() -> scenario.log.addCosignature(2, ofSizeOne))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("INVALID_COSIGNATURE: the co-signature of node-2+");
        assertThat(SignedNote.parse(scenario.store.checkpoint(2).orElseThrow()).signatures())
                .hasSize(1);
    }

    @Test
    void checkpoint_sizeOutsideTheLog_throwsNoSuchCheckpoint() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        scenario.append(2);

        assertThatThrownBy(() -> scenario.log.checkpoint(0)).hasMessageStartingWith("NO_SUCH_CHECKPOINT");
        assertThatThrownBy(() -> scenario.log.checkpoint(3)).hasMessageStartingWith("NO_SUCH_CHECKPOINT");
    }

    @Test
    void append_storeFails_stopsTheLog() throws GeneralSecurityException {
        AuditScenario scenario = new AuditScenario();
        AuditLog log = AuditLog.open(AuditScenario.ORIGIN, scenario.logKey, List.of(), new FailingStore());

        assertThatThrownBy(() -> log.append(AuditScenario.entry(0))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(log::size).hasMessageContaining("open it again");
    }

    private static SignedCheckpoint open(AuditScenario scenario, String note) throws GeneralSecurityException {
        return SignedCheckpoint.open(
                SignedNote.parse(note),
                AuditScenario.ORIGIN,
                scenario.logKey.verifierKey(),
                scenario.nodeVerifierKeys());
    }

    /** A store whose entry {@code index} was edited behind the log's back. */
    private record EditedStore(AuditStore store, long index, byte[] replacement) implements AuditStore {
        @Override
        public long size() {
            return store.size();
        }

        @Override
        public byte[] entry(long at) {
            return at == index ? replacement.clone() : store.entry(at);
        }

        @Override
        public void append(byte[] entry, String checkpointNote) {
            store.append(entry, checkpointNote);
        }

        @Override
        public Optional<String> checkpoint(long treeSize) {
            return store.checkpoint(treeSize);
        }

        @Override
        public void replaceCheckpoint(long treeSize, String checkpointNote) {
            store.replaceCheckpoint(treeSize, checkpointNote);
        }

        @Override
        public List<String> checkpoints() {
            return store.checkpoints();
        }
    }

    /** A store whose disk is full. */
    private static final class FailingStore implements AuditStore {
        private final List<String> none = new ArrayList<>();

        @Override
        public long size() {
            return 0;
        }

        @Override
        public byte[] entry(long index) {
            throw new IndexOutOfBoundsException("entry " + index + " of 0");
        }

        @Override
        public void append(byte[] entry, String checkpointNote) {
            throw new IllegalStateException("disk full");
        }

        @Override
        public Optional<String> checkpoint(long treeSize) {
            return Optional.empty();
        }

        @Override
        public void replaceCheckpoint(long treeSize, String checkpointNote) {
            throw new IllegalArgumentException("no checkpoint of size " + treeSize);
        }

        @Override
        public List<String> checkpoints() {
            return List.copyOf(none);
        }
    }
}
