package dev.custos.audit.log;

import static java.util.Objects.requireNonNull;

import dev.custos.audit.checkpoint.Checkpoint;
import dev.custos.audit.checkpoint.SignedCheckpoint;
import dev.custos.audit.merkle.ConsistencyProof;
import dev.custos.audit.merkle.InclusionProof;
import dev.custos.audit.merkle.MerkleHashing;
import dev.custos.audit.merkle.MerkleTree;
import dev.custos.audit.note.NoteException;
import dev.custos.audit.note.NoteSignature;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.note.SignedNote;
import java.util.List;
import java.util.Optional;

/**
 * The append-only audit log of a server: every entry becomes a leaf of an RFC 9162 Merkle tree, and every append
 * stores, with the entry, a checkpoint of the new size signed by the log's key. Nodes co-sign checkpoints ({@code
 * Cosigner}); their signatures are checked and added to the stored checkpoint with {@link #addCosignature}.
 *
 * <p>{@link #open} rebuilds the tree from the store and refuses a store whose entries do not hash to its latest signed
 * checkpoint, so the log never signs on top of a tampered store. If the store fails during an append, the log stops
 * (every later call throws {@link IllegalStateException}) and must be opened again. Thread-safe.
 */
public final class AuditLog {
    private final String origin;
    private final NoteSigner logKey;
    private final List<NoteVerifierKey> cosignerKeys;
    private final AuditStore store;
    private final MerkleTree tree;
    private boolean failed;

    private AuditLog(
            String origin, NoteSigner logKey, List<NoteVerifierKey> cosignerKeys, AuditStore store, MerkleTree tree) {
        this.origin = origin;
        this.logKey = logKey;
        this.cosignerKeys = cosignerKeys;
        this.store = store;
        this.tree = tree;
    }

    /**
     * Opens the log kept in {@code store}.
     *
     * @param origin the log's identity, the first line of its checkpoints
     * @param logKey the key that signs checkpoints (not destroyed by the log)
     * @param cosignerKeys the nodes' keys, whose co-signatures the log accepts
     * @throws AuditException {@link AuditErrorCode#STORE_INCONSISTENT} if the latest checkpoint is missing, not
     *     signed by {@code logKey}, or does not match the stored entries
     */
    public static AuditLog open(String origin, NoteSigner logKey, List<NoteVerifierKey> cosignerKeys, AuditStore store)
            throws AuditException {
        requireNonNull(origin, "origin is null");
        requireNonNull(logKey, "logKey is null");
        requireNonNull(store, "store is null");
        List<NoteVerifierKey> cosigners = List.copyOf(requireNonNull(cosignerKeys, "cosignerKeys is null"));
        Checkpoint.of(origin, 0, MerkleHashing.emptyRoot()); // rejects an origin no checkpoint can carry
        MerkleTree tree = new MerkleTree();
        long size = store.size();
        for (long index = 0; index < size; index++) {
            tree.appendEntry(store.entry(index));
        }
        AuditLog log = new AuditLog(origin, logKey, cosigners, store, tree);
        if (size > 0) {
            SignedCheckpoint latest = log.storedCheckpoint(size);
            if (!latest.checkpoint().root().equals(tree.root())) {
                throw new AuditException(
                        AuditErrorCode.STORE_INCONSISTENT,
                        "the " + size + " stored entries do not hash to the root of the stored checkpoint of size "
                                + size);
            }
        }
        return log;
    }

    public String origin() {
        return origin;
    }

    /** The number of entries. */
    public synchronized long size() {
        requireWorking();
        return tree.size();
    }

    /**
     * Appends {@code entry}, signs the checkpoint of the new size and stores both. Returns the entry's index.
     *
     * @throws IllegalStateException if the log stopped after a store failure
     */
    public synchronized long append(byte[] entry) {
        requireNonNull(entry, "entry is null");
        requireWorking();
        long index = tree.appendEntry(entry);
        String body = Checkpoint.of(origin, tree.size(), tree.root()).body();
        SignedNote note = new SignedNote(body, List.of(logKey.sign(body)));
        try {
            store.append(entry, note.encode());
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
        return index;
    }

    /** The stored checkpoint note of the current size, with the co-signatures added so far; empty for an empty log. */
    public synchronized Optional<SignedNote> latestCheckpoint() throws AuditException {
        requireWorking();
        return tree.size() == 0 ? Optional.empty() : Optional.of(checkpoint(tree.size()));
    }

    /**
     * The stored checkpoint note of {@code treeSize} (1 ≤ treeSize ≤ size), with its co-signatures.
     *
     * @throws AuditException {@link AuditErrorCode#NO_SUCH_CHECKPOINT} or, if the stored note is no longer the
     *     log's, {@link AuditErrorCode#STORE_INCONSISTENT}
     */
    public synchronized SignedNote checkpoint(long treeSize) throws AuditException {
        requireWorking();
        return storedCheckpoint(treeSize).signedNote();
    }

    /** The proof that entry {@code index} is in the tree of {@code treeSize} entries. */
    public synchronized InclusionProof inclusionProof(long index, long treeSize) {
        requireWorking();
        return tree.inclusionProof(index, treeSize);
    }

    /** The proof that the tree of {@code secondSize} entries extends the one of {@code firstSize} (0 &lt; first). */
    public synchronized ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        requireWorking();
        return tree.consistencyProof(firstSize, secondSize);
    }

    /**
     * Adds a node's co-signature to the stored checkpoint of {@code treeSize}, after checking it verifies.
     *
     * @return the checkpoint note with the co-signature
     * @throws AuditException {@link AuditErrorCode#UNKNOWN_COSIGNER}, {@link AuditErrorCode#INVALID_COSIGNATURE} or
     *     {@link AuditErrorCode#NO_SUCH_CHECKPOINT}
     */
    public synchronized SignedNote addCosignature(long treeSize, NoteSignature cosignature) throws AuditException {
        requireNonNull(cosignature, "cosignature is null");
        requireWorking();
        NoteVerifierKey key = cosignerKeys.stream()
                .filter(candidate -> candidate.identifies(cosignature))
                .findFirst()
                .orElseThrow(() -> new AuditException(
                        AuditErrorCode.UNKNOWN_COSIGNER, "no co-signer key " + cosignature.keyLabel()));
        SignedNote current = storedCheckpoint(treeSize).signedNote();
        SignedNote cosigned = current.withSignature(cosignature);
        try {
            SignedCheckpoint.open(cosigned, origin, logKey.verifierKey(), List.of(key));
        } catch (NoteException e) {
            throw new AuditException(
                    AuditErrorCode.INVALID_COSIGNATURE,
                    "the co-signature of " + cosignature.keyLabel() + " on size " + treeSize + " does not verify",
                    e);
        }
        store.replaceCheckpoint(treeSize, cosigned.encode());
        return cosigned;
    }

    private SignedCheckpoint storedCheckpoint(long treeSize) throws AuditException {
        if (treeSize < 1 || treeSize > tree.size()) {
            throw new AuditException(
                    AuditErrorCode.NO_SUCH_CHECKPOINT, "no checkpoint of size " + treeSize + " in " + tree.size());
        }
        String note = store.checkpoint(treeSize)
                .orElseThrow(() -> new AuditException(
                        AuditErrorCode.STORE_INCONSISTENT, "the checkpoint of size " + treeSize + " is missing"));
        SignedCheckpoint checkpoint;
        try {
            checkpoint = SignedCheckpoint.open(SignedNote.parse(note), origin, logKey.verifierKey(), cosignerKeys);
        } catch (NoteException e) {
            throw new AuditException(
                    AuditErrorCode.STORE_INCONSISTENT,
                    "the stored checkpoint of size " + treeSize + " does not verify: " + e.getMessage(),
                    e);
        }
        if (checkpoint.checkpoint().size() != treeSize) {
            throw new AuditException(
                    AuditErrorCode.STORE_INCONSISTENT,
                    "the checkpoint stored for size " + treeSize + " is of size "
                            + checkpoint.checkpoint().size());
        }
        return checkpoint;
    }

    private void requireWorking() {
        if (failed) {
            throw new IllegalStateException("the audit log stopped after a store failure; open it again");
        }
    }
}
