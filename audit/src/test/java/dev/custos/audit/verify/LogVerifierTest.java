package dev.custos.audit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.audit.AuditScenario;
import dev.custos.audit.checkpoint.Checkpoint;
import dev.custos.audit.log.AuditEntries;
import dev.custos.audit.merkle.MerkleTree;
import dev.custos.audit.note.NoteSignature;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.SignedNote;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three attacks of the audit-log issue, each caught with the first bad entry named: a tampered row, deleted
 * newest rows, and a forked log (two roots for one size, or a rewritten history re-signed with the log's key).
 */
class LogVerifierTest {
    private AuditScenario scenario;
    private LogVerifier verifier;

    @BeforeEach
    void setUp() throws GeneralSecurityException {
        scenario = new AuditScenario();
        scenario.appendAndCosignEach(20);
        verifier = new LogVerifier(AuditScenario.ORIGIN, scenario.logKey.verifierKey(), scenario.nodeVerifierKeys(), 2);
    }

    @Test
    void verify_untouchedLog_isIntactAndCosignedToTheEnd() throws GeneralSecurityException {
        AuditReport report = verifier.verify(scenario.store, allCheckpoints());

        assertThat(report.intact()).as(report.summary()).isTrue();
        assertThat(report.entries()).isEqualTo(20);
        assertThat(report.checkpoints()).isEqualTo(23);
        assertThat(report.cosignedSize()).isEqualTo(20);
        assertThat(report.firstBadEntry()).isEmpty();
        assertThat(report.summary()).isEqualTo("intact: 20 entries, 23 checkpoints, co-signed up to size 20");
    }

    @Test
    void verify_tamperedRow_namesThatRow() throws GeneralSecurityException {
        List<byte[]> entries = scenario.entries();
        entries.set(7, "{\"seq\":7,\"action\":\"policy.change_rejected\"}".getBytes(StandardCharsets.UTF_8));

        AuditReport report = verifier.verify(AuditEntries.of(entries), allCheckpoints());

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadEntry()).hasValue(7);
        assertThat(report.findings()).extracting(AuditFinding::code).containsExactly(AuditFindingCode.ROOT_MISMATCH);
        assertThat(report.summary())
                .startsWith("NOT intact: first bad entry 7; entry 7 is not the entry the checkpoint of size 8"
                        + " (co-signed by node-1, node-2, node-3) signed");
        assertThat(report.cosignedSize()).isEqualTo(7);
    }

    @Test
    void verify_insertedRow_namesTheInsertionPoint() throws GeneralSecurityException {
        List<byte[]> entries = scenario.entries();
        entries.add(5, "{\"seq\":5,\"action\":\"wallet.key_export_request\"}".getBytes(StandardCharsets.UTF_8));
        entries.remove(entries.size() - 1);

        AuditReport report = verifier.verify(AuditEntries.of(entries), allCheckpoints());

        assertThat(report.firstBadEntry()).hasValue(5);
    }

    @Test
    void verify_deletedNewestRows_caughtByTheStoredCheckpoints() throws GeneralSecurityException {
        List<byte[]> entries = scenario.entries().subList(0, 15);

        AuditReport report = verifier.verify(AuditEntries.of(entries), scenario.store.checkpoints());

        assertThat(report.firstBadEntry()).hasValue(15);
        assertThat(report.findings()).extracting(AuditFinding::code).containsExactly(AuditFindingCode.MISSING_ENTRIES);
        assertThat(report.findings().get(0).message())
                .isEqualTo("the checkpoint of size 20 (co-signed by node-1, node-2, node-3) covers entries 15..19,"
                        + " which the log does not have (it has 15)");
    }

    @Test
    void verify_deletedNewestRowsAndTheirCheckpoints_caughtByTheNodesCheckpoints() throws GeneralSecurityException {
        List<byte[]> entries = scenario.entries().subList(0, 15);
        List<String> storeCheckpoints = scenario.store.checkpoints().subList(0, 15);

        AuditReport storeOnly = verifier.verify(AuditEntries.of(entries), storeCheckpoints);
        AuditReport withNodes = verifier.verify(AuditEntries.of(entries), concat(storeCheckpoints));

        assertThat(storeOnly.intact()).as("the store alone cannot tell").isTrue();
        assertThat(withNodes.firstBadEntry()).hasValue(15);
        assertThat(withNodes.findings()).extracting(AuditFinding::code).containsOnly(AuditFindingCode.MISSING_ENTRIES);
    }

    @Test
    void verify_twoRootsForOneSize_reportsTheFork() throws GeneralSecurityException {
        MerkleTree other = new MerkleTree();
        for (int i = 0; i < 10; i++) {
            other.appendEntry(("other history " + i).getBytes(StandardCharsets.UTF_8));
        }
        String forged = logOnlyNote(scenario.logKey, 10, other);

        AuditReport report = verifier.verify(scenario.store, concat(allCheckpoints(), List.of(forged)));

        assertThat(report.findings())
                .extracting(AuditFinding::code)
                .containsExactly(AuditFindingCode.FORKED_CHECKPOINTS);
        assertThat(report.findings().get(0).message())
                .startsWith("the log signed two checkpoints of size 10: root ")
                .contains("(co-signed by node-1, node-2, node-3) and root "
                        + other.root().hex() + " (signed by the log only)");
        assertThat(report.firstBadEntry())
                .as("the entries follow the co-signed branch")
                .isEmpty();
    }

    @Test
    void verify_historyRewrittenWithTheLogKey_caughtByTheNodesNamingTheRow() throws GeneralSecurityException {
        List<byte[]> entries = scenario.entries();
        entries.set(12, "{\"seq\":12,\"action\":\"rewritten\"}".getBytes(StandardCharsets.UTF_8));
        MerkleTree rewritten = MerkleTree.ofEntries(entries);
        List<String> checkpoints = new ArrayList<>(scenario.store.checkpoints().subList(0, 12));
        for (long size = 13; size <= 20; size++) {
            checkpoints.add(logOnlyNote(scenario.logKey, size, rewritten));
        }

        AuditReport storeOnly = verifier.verify(AuditEntries.of(entries), checkpoints);
        AuditReport withNodes = verifier.verify(AuditEntries.of(entries), concat(checkpoints));

        assertThat(storeOnly.intact())
                .as("re-signed by the log key, the store alone looks intact")
                .isTrue();
        assertThat(storeOnly.cosignedSize()).isEqualTo(12);
        assertThat(withNodes.firstBadEntry()).hasValue(12);
        assertThat(withNodes.findings())
                .extracting(AuditFinding::code)
                .containsExactlyInAnyOrder(AuditFindingCode.FORKED_CHECKPOINTS, AuditFindingCode.ROOT_MISMATCH);
    }

    @Test
    void verify_largerCheckpointOnAnotherHistory_isCaught() throws GeneralSecurityException {
        List<byte[]> entries = scenario.entries();
        entries.set(3, "{\"seq\":3,\"action\":\"other\"}".getBytes(StandardCharsets.UTF_8));
        MerkleTree fork = MerkleTree.ofEntries(entries);
        String larger = logOnlyNote(scenario.logKey, 20, fork);
        List<String> checkpoints = new ArrayList<>(scenario.store.checkpoints().subList(0, 10));
        checkpoints.add(larger);

        AuditReport report = verifier.verify(scenario.store, checkpoints);

        assertThat(report.findings()).extracting(AuditFinding::code).containsExactly(AuditFindingCode.ROOT_MISMATCH);
        assertThat(report.firstBadEntry()).hasValue(10);
        assertThat(report.findings().get(0).message()).endsWith("the first bad entry is among 10..19");
    }

    @Test
    void verify_rowsAppendedWithoutTheLog_areUnsigned() throws GeneralSecurityException {
        List<byte[]> entries = scenario.entries();
        entries.add(AuditScenario.entry(20));
        entries.add(AuditScenario.entry(21));

        AuditReport report = verifier.verify(AuditEntries.of(entries), allCheckpoints());

        assertThat(report.findings()).extracting(AuditFinding::code).containsExactly(AuditFindingCode.UNSIGNED_ENTRIES);
        assertThat(report.firstBadEntry()).hasValue(20);
    }

    @Test
    void verify_checkpointWithCorruptedCosignature_isReportedAndTheRestStillChecked() throws GeneralSecurityException {
        List<String> checkpoints = new ArrayList<>(scenario.store.checkpoints());
        SignedNote note = SignedNote.parse(checkpoints.get(4));
        NoteSigner impostor = AuditScenario.signer("node-2", 99);
        checkpoints.set(4, note.withSignature(forgedCosignature(note, impostor)).encode());

        AuditReport report = verifier.verify(scenario.store, checkpoints);

        assertThat(report.findings()).extracting(AuditFinding::code).containsExactly(AuditFindingCode.BAD_CHECKPOINT);
        assertThat(report.findings().get(0).message())
                .startsWith("checkpoint note 4: INVALID_SIGNATURE: invalid signature for key node-2+");
        assertThat(report.checkpoints()).isEqualTo(19);
        assertThat(report.firstBadEntry()).isEmpty();
    }

    @Test
    void verify_fewerCosignaturesThanRequired_doesNotCountAsCosigned() throws GeneralSecurityException {
        scenario.append(3);

        AuditReport report = verifier.verify(scenario.store, scenario.store.checkpoints());

        assertThat(report.intact()).isTrue();
        assertThat(report.cosignedSize()).isEqualTo(20);
        assertThat(report.entries()).isEqualTo(23);
    }

    /** The scenario's own log signing a checkpoint of {@code size} on {@code tree}, as a compromised server could. */
    private static String logOnlyNote(NoteSigner logKey, long size, MerkleTree tree) {
        String body = Checkpoint.of(AuditScenario.ORIGIN, size, tree.root(size)).body();
        return new SignedNote(body, List.of(logKey.sign(body))).encode();
    }

    /** A signature line that claims node-2's name and key ID but is made with another key. */
    private NoteSignature forgedCosignature(SignedNote note, NoteSigner impostor) {
        int realKeyId = scenario.nodeKeys.get(1).verifierKey().keyId();
        return new NoteSignature("node-2", realKeyId, impostor.sign(note.text()).signature());
    }

    private List<String> allCheckpoints() throws GeneralSecurityException {
        return concat(scenario.store.checkpoints());
    }

    /** {@code storeCheckpoints} plus the nodes' own last co-signed checkpoints. */
    private List<String> concat(List<String> storeCheckpoints) throws GeneralSecurityException {
        return concat(storeCheckpoints, scenario.nodeCheckpoints());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
