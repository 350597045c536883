package dev.custos.audit.cosign;

import static java.util.Objects.requireNonNull;

import dev.custos.audit.checkpoint.Checkpoint;
import dev.custos.audit.checkpoint.SignedCheckpoint;
import dev.custos.audit.merkle.MerkleHash;
import dev.custos.audit.merkle.MerkleHashing;
import dev.custos.audit.merkle.MerkleProofs;
import dev.custos.audit.merkle.ProofException;
import dev.custos.audit.note.NoteException;
import dev.custos.audit.note.NoteSignature;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.note.SignedNote;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A signer node's witness of the audit log. It co-signs a checkpoint only if the log signed it and it extends the
 * last checkpoint this node co-signed: a larger size needs a consistency proof from the last one that verifies, an
 * equal size needs the same root, a smaller size is refused. So once a node has co-signed a checkpoint, a server that
 * rewrites or forks history cannot get that node's co-signature again.
 *
 * <p>The checkpoint is saved in the node's {@link CosignerStore} before the co-signature is returned, so a crash
 * never lets the node forget a checkpoint it vouched for. The first checkpoint is trusted on first use. Thread-safe.
 */
public final class Cosigner {
    private final String origin;
    private final NoteVerifierKey logKey;
    private final NoteSigner nodeKey;
    private final CosignerStore store;

    /**
     * @param origin the log's origin line
     * @param logKey the log's verifier key
     * @param nodeKey this node's co-signing key (not destroyed by the co-signer)
     * @param store this node's storage for the last co-signed checkpoint
     */
    public Cosigner(String origin, NoteVerifierKey logKey, NoteSigner nodeKey, CosignerStore store) {
        this.origin = requireNonNull(origin, "origin is null");
        this.logKey = requireNonNull(logKey, "logKey is null");
        this.nodeKey = requireNonNull(nodeKey, "nodeKey is null");
        this.store = requireNonNull(store, "store is null");
    }

    /**
     * The size of the last checkpoint co-signed, which the log needs to build the consistency proof; empty before the
     * first co-signature.
     *
     * @throws CosignException {@link CosignErrorCode#STATE_CORRUPT} if the stored checkpoint no longer verifies
     */
    public synchronized OptionalLong lastCosignedSize() throws CosignException {
        Optional<SignedCheckpoint> last = lastCosigned();
        return last.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(last.get().checkpoint().size());
    }

    /**
     * The last checkpoint this node co-signed, carrying the log's signature and this node's co-signature: evidence a
     * verifier can hold against the log.
     *
     * @throws CosignException {@link CosignErrorCode#STATE_CORRUPT} if the stored checkpoint no longer verifies
     */
    public synchronized Optional<SignedCheckpoint> lastCosigned() throws CosignException {
        Optional<String> stored = store.load();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SignedCheckpoint.open(
                    SignedNote.parse(stored.get()), origin, logKey, List.of(nodeKey.verifierKey())));
        } catch (NoteException e) {
            throw new CosignException(
                    CosignErrorCode.STATE_CORRUPT, "the last co-signed checkpoint does not verify: " + e.getMessage());
        }
    }

    /**
     * Co-signs {@code checkpointNote} if it extends the last checkpoint co-signed.
     *
     * @param checkpointNote the log's signed checkpoint (other signatures on it are ignored)
     * @param consistencyPath the consistency proof from the last co-signed size to this checkpoint's size; empty for
     *     the first co-signature, for an equal size, and for growth from size 0
     * @return this node's signature line for the checkpoint
     * @throws CosignException naming the sizes, see {@link CosignErrorCode}
     */
    public synchronized NoteSignature cosign(SignedNote checkpointNote, List<MerkleHash> consistencyPath)
            throws CosignException {
        requireNonNull(checkpointNote, "checkpointNote is null");
        requireNonNull(consistencyPath, "consistencyPath is null");
        Checkpoint next = open(checkpointNote).checkpoint();
        Optional<SignedCheckpoint> last = lastCosigned();
        if (last.isPresent()) {
            requireExtends(last.get().checkpoint(), next, consistencyPath);
        } else if (!consistencyPath.isEmpty()) {
            throw new CosignException(
                    CosignErrorCode.UNEXPECTED_PROOF,
                    "a proof of " + consistencyPath.size() + " hashes for the first co-signed size " + next.size());
        }
        NoteSignature logSignature = checkpointNote.signatures().stream()
                .filter(logKey::identifies)
                .findFirst()
                .orElseThrow();
        NoteSignature signature = nodeKey.sign(checkpointNote.text());
        store.save(new SignedNote(checkpointNote.text(), List.of(logSignature, signature)).encode());
        return signature;
    }

    private SignedCheckpoint open(SignedNote checkpointNote) throws CosignException {
        SignedCheckpoint opened;
        try {
            opened = SignedCheckpoint.open(checkpointNote, origin, logKey, List.of());
        } catch (NoteException e) {
            throw new CosignException(CosignErrorCode.INVALID_CHECKPOINT, e.getMessage());
        }
        Checkpoint checkpoint = opened.checkpoint();
        if (checkpoint.size() == 0 && !checkpoint.root().equals(MerkleHashing.emptyRoot())) {
            throw new CosignException(
                    CosignErrorCode.INVALID_CHECKPOINT, "a checkpoint of size 0 whose root is not the empty root");
        }
        return opened;
    }

    private static void requireExtends(Checkpoint last, Checkpoint next, List<MerkleHash> path) throws CosignException {
        String sizes = "from co-signed size " + last.size() + " to size " + next.size();
        if (next.size() < last.size()) {
            throw new CosignException(
                    CosignErrorCode.ROLLBACK,
                    "checkpoint of size " + next.size() + " is older than the co-signed size " + last.size());
        }
        if (next.size() == last.size() || last.size() == 0) {
            if (!path.isEmpty()) {
                throw new CosignException(
                        CosignErrorCode.UNEXPECTED_PROOF, "a proof of " + path.size() + " hashes " + sizes);
            }
            if (next.size() == last.size() && !next.root().equals(last.root())) {
                throw new CosignException(
                        CosignErrorCode.FORK,
                        "two roots for size " + next.size() + ": co-signed "
                                + last.root().hex() + ", now " + next.root().hex());
            }
            return;
        }
        try {
            MerkleProofs.verifyConsistency(last.size(), next.size(), path, last.root(), next.root());
        } catch (ProofException e) {
            throw new CosignException(CosignErrorCode.INCONSISTENT, "no consistency " + sizes + ": " + e.getMessage());
        }
    }
}
