package dev.custos.audit;

import dev.custos.audit.cosign.Cosigner;
import dev.custos.audit.cosign.InMemoryCosignerStore;
import dev.custos.audit.log.AuditLog;
import dev.custos.audit.log.InMemoryAuditStore;
import dev.custos.audit.merkle.MerkleHash;
import dev.custos.audit.note.NoteSignature;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.note.SignedNote;
import dev.custos.types.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * A server's audit log with three signer nodes co-signing it, on in-memory stores and fixed keys: what the tests
 * tamper with.
 */
public final class AuditScenario {
    public static final String ORIGIN = "custos.example/audit";

    public final NoteSigner logKey = signer(ORIGIN, 1);
    public final List<NoteSigner> nodeKeys = List.of(signer("node-1", 11), signer("node-2", 12), signer("node-3", 13));
    public final InMemoryAuditStore store = new InMemoryAuditStore();
    public final List<Cosigner> cosigners = new ArrayList<>();
    public final AuditLog log;

    public AuditScenario() throws GeneralSecurityException {
        log = AuditLog.open(ORIGIN, logKey, nodeVerifierKeys(), store);
        for (NoteSigner node : nodeKeys) {
            cosigners.add(new Cosigner(ORIGIN, logKey.verifierKey(), node, new InMemoryCosignerStore()));
        }
    }

    /** A key named {@code name} whose seed is 32 bytes of {@code fill}. */
    public static NoteSigner signer(String name, int fill) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) fill);
        return NoteSigner.fromSeed(name, SecretBytes.copyOf(seed));
    }

    /** The entry the scenario appends at {@code index}. */
    public static byte[] entry(long index) {
        return ("{\"seq\":" + index + ",\"action\":\"policy.change_approved\"}").getBytes(StandardCharsets.UTF_8);
    }

    public List<NoteVerifierKey> nodeVerifierKeys() {
        return nodeKeys.stream().map(NoteSigner::verifierKey).toList();
    }

    /** Appends {@code count} entries, each co-signed by every node right after it is appended. */
    public void appendAndCosignEach(int count) throws GeneralSecurityException {
        for (int i = 0; i < count; i++) {
            log.append(entry(log.size()));
            cosignLatest();
        }
    }

    /** Appends {@code count} entries without co-signing them. */
    public void append(int count) {
        for (int i = 0; i < count; i++) {
            log.append(entry(log.size()));
        }
    }

    /** Every node co-signs the log's latest checkpoint, given the proof from its own last co-signed size. */
    public void cosignLatest() throws GeneralSecurityException {
        SignedNote latest = log.latestCheckpoint().orElseThrow();
        long size = log.size();
        for (Cosigner cosigner : cosigners) {
            NoteSignature signature = cosigner.cosign(latest, proofFrom(cosigner.lastCosignedSize(), size));
            log.addCosignature(size, signature);
        }
    }

    /** The consistency path a node whose last co-signed size is {@code last} needs to reach {@code size}. */
    public List<MerkleHash> proofFrom(OptionalLong last, long size) {
        if (last.isEmpty() || last.getAsLong() == 0 || last.getAsLong() == size) {
            return List.of();
        }
        return log.consistencyProof(last.getAsLong(), size).path();
    }

    /** The stored entries, in order. */
    public List<byte[]> entries() {
        List<byte[]> entries = new ArrayList<>();
        for (long i = 0; i < store.size(); i++) {
            entries.add(store.entry(i));
        }
        return entries;
    }

    /** Each node's last co-signed checkpoint note, as the node keeps it. */
    public List<String> nodeCheckpoints() throws GeneralSecurityException {
        List<String> notes = new ArrayList<>();
        for (Cosigner cosigner : cosigners) {
            notes.add(cosigner.lastCosigned().orElseThrow().signedNote().encode());
        }
        return notes;
    }
}
