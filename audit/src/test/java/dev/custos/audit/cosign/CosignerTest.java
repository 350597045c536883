package dev.custos.audit.cosign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.audit.AuditScenario;
import dev.custos.audit.checkpoint.Checkpoint;
import dev.custos.audit.checkpoint.SignedCheckpoint;
import dev.custos.audit.log.AuditLog;
import dev.custos.audit.log.InMemoryAuditStore;
import dev.custos.audit.merkle.MerkleHash;
import dev.custos.audit.merkle.MerkleHashing;
import dev.custos.audit.note.NoteSignature;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.NoteVerifier;
import dev.custos.audit.note.SignedNote;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A node co-signs only checkpoints that extend the last one it co-signed; everything else is refused by size. */
class CosignerTest {
    private AuditScenario scenario;
    private NoteSigner node;
    private InMemoryCosignerStore store;
    private Cosigner cosigner;

    @BeforeEach
    void setUp() throws GeneralSecurityException {
        scenario = new AuditScenario();
        node = AuditScenario.signer("node-9", 9);
        store = new InMemoryCosignerStore();
        cosigner = new Cosigner(AuditScenario.ORIGIN, scenario.logKey.verifierKey(), node, store);
    }

    @Test
    void cosign_firstCheckpoint_trustsItAndKeepsItWithBothSignatures() throws GeneralSecurityException {
        scenario.append(3);
        SignedNote latest = scenario.log.latestCheckpoint().orElseThrow();

        NoteSignature signature = cosigner.cosign(latest, List.of());

        assertThat(NoteVerifier.of(node.verifierKey())
                        .verify(latest.withSignature(signature))
                        .signers())
                .containsExactly(node.verifierKey());
        SignedCheckpoint kept = cosigner.lastCosigned().orElseThrow();
        assertThat(kept.checkpoint().size()).isEqualTo(3);
        assertThat(kept.cosigners()).containsExactly(node.verifierKey());
        assertThat(cosigner.lastCosignedSize()).hasValue(3);
    }

    @Test
    void cosign_growthWithItsConsistencyProof_signsAndMovesForward() throws GeneralSecurityException {
        scenario.append(3);
        cosigner.cosign(scenario.log.latestCheckpoint().orElseThrow(), List.of());
        scenario.append(5);

        cosigner.cosign(
                scenario.log.latestCheckpoint().orElseThrow(),
                scenario.log.consistencyProof(3, 8).path());

        assertThat(cosigner.lastCosignedSize()).hasValue(8);
    }

    @Test
    void cosign_sameCheckpointAgain_signsAgain() throws GeneralSecurityException {
        scenario.append(2);
        SignedNote latest = scenario.log.latestCheckpoint().orElseThrow();
        cosigner.cosign(latest, List.of());

        cosigner.cosign(latest, List.of());

        assertThat(cosigner.lastCosignedSize()).hasValue(2);
    }

    @Test
    void cosign_olderCheckpoint_throwsRollbackNamingBothSizes() throws GeneralSecurityException {
        scenario.append(5);
        cosigner.cosign(scenario.log.latestCheckpoint().orElseThrow(), List.of());

        assertCosignError(
                scenario.log.checkpoint(4),
                List.of(),
                CosignErrorCode.ROLLBACK,
                "ROLLBACK: checkpoint of size 4 is older than the co-signed size 5");
        assertThat(cosigner.lastCosignedSize()).hasValue(5);
    }

    @Test
    void cosign_sameSizeOtherRoot_throwsFork() throws GeneralSecurityException {
        scenario.append(4);
        cosigner.cosign(scenario.log.latestCheckpoint().orElseThrow(), List.of());
        SignedNote forked = logSigned(4, MerkleHashing.leafHash("another history".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> cosigner.cosign(forked, List.of()))
                .isInstanceOf(CosignException.class)
                .hasMessageStartingWith("FORK: two roots for size 4: co-signed ");
    }

    @Test
    void cosign_historyRewrittenByTheServer_throwsInconsistentNamingSizes() throws GeneralSecurityException {
        scenario.append(3);
        cosigner.cosign(scenario.log.latestCheckpoint().orElseThrow(), List.of());
        AuditLog rewritten = rewrittenLog(List.of(
                AuditScenario.entry(0),
                "X".getBytes(StandardCharsets.UTF_8),
                AuditScenario.entry(2),
                AuditScenario.entry(3)));

        assertCosignError(
                rewritten.latestCheckpoint().orElseThrow(),
                rewritten.consistencyProof(3, 4).path(),
                CosignErrorCode.INCONSISTENT,
                "INCONSISTENT: no consistency from co-signed size 3 to size 4: FIRST_ROOT_MISMATCH");
        assertThat(cosigner.lastCosignedSize()).hasValue(3);
    }

    @Test
    void cosign_truncatedProof_throwsInconsistentWithWrongLength() throws GeneralSecurityException {
        scenario.append(3);
        cosigner.cosign(scenario.log.latestCheckpoint().orElseThrow(), List.of());
        scenario.append(5);
        List<MerkleHash> path = scenario.log.consistencyProof(3, 8).path();

        assertCosignError(
                scenario.log.latestCheckpoint().orElseThrow(),
                path.subList(1, path.size()),
                CosignErrorCode.INCONSISTENT,
                "INCONSISTENT: no consistency from co-signed size 3 to size 8: WRONG_PROOF_LENGTH");
    }

    @Test
    void cosign_checkpointNotSignedByTheLog_throwsInvalidCheckpoint() {
        NoteSigner impostor = AuditScenario.signer(AuditScenario.ORIGIN, 77);
        String body = Checkpoint.of(AuditScenario.ORIGIN, 0, MerkleHashing.emptyRoot())
                .body();
        SignedNote note = new SignedNote(body, List.of(impostor.sign(body)));

        assertCosignError(note, List.of(), CosignErrorCode.INVALID_CHECKPOINT, "INVALID_CHECKPOINT: ");
    }

    @Test
    void cosign_emptySizeWithNonEmptyRoot_throwsInvalidCheckpoint() {
        SignedNote note = logSigned(0, MerkleHashing.leafHash(new byte[0]));

        assertCosignError(
                note,
                List.of(),
                CosignErrorCode.INVALID_CHECKPOINT,
                "INVALID_CHECKPOINT: a checkpoint of size 0 whose root is not the empty root");
    }

    @Test
    void cosign_proofForTheFirstCheckpoint_throwsUnexpectedProof() throws GeneralSecurityException {
        scenario.append(2);

        assertCosignError(
                scenario.log.latestCheckpoint().orElseThrow(),
                List.of(MerkleHashing.emptyRoot()),
                CosignErrorCode.UNEXPECTED_PROOF,
                "UNEXPECTED_PROOF: a proof of 1 hashes for the first co-signed size 2");
        assertThat(cosigner.lastCosignedSize()).isEmpty();
    }

    @Test
    void cosign_growthFromTheEmptyTree_needsNoProof() throws GeneralSecurityException {
        cosigner.cosign(logSigned(0, MerkleHashing.emptyRoot()), List.of());
        scenario.append(2);

        cosigner.cosign(scenario.log.latestCheckpoint().orElseThrow(), List.of());

        assertThat(cosigner.lastCosignedSize()).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void lastCosigned_corruptedStore_throwsStateCorrupt() {
        store.save("not a note");

        assertThatThrownBy(cosigner::lastCosignedSize)
                .isInstanceOf(CosignException.class)
                .hasMessageStartingWith("STATE_CORRUPT: ");
    }

    private void assertCosignError(SignedNote note, List<MerkleHash> path, CosignErrorCode code, String messagePrefix) {
        assertThatThrownBy(() -> cosigner.cosign(note, path))
                .isInstanceOf(CosignException.class)
                .hasMessageStartingWith(messagePrefix)
                .satisfies(e -> assertThat(((CosignException) e).code()).isEqualTo(code));
    }

    private SignedNote logSigned(long size, MerkleHash root) {
        String body = Checkpoint.of(AuditScenario.ORIGIN, size, root).body();
        return new SignedNote(body, List.of(scenario.logKey.sign(body)));
    }

    /** A second log with the same key and origin (a compromised server) holding {@code entries}. */
    private AuditLog rewrittenLog(List<byte[]> entries) throws GeneralSecurityException {
        AuditLog log = AuditLog.open(AuditScenario.ORIGIN, scenario.logKey, List.of(), new InMemoryAuditStore());
        entries.forEach(log::append);
        return log;
    }
}
