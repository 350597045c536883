package dev.custos.audit.verify;

import static java.util.Objects.requireNonNull;

import dev.custos.audit.checkpoint.Checkpoint;
import dev.custos.audit.checkpoint.SignedCheckpoint;
import dev.custos.audit.log.AuditEntries;
import dev.custos.audit.merkle.MerkleHash;
import dev.custos.audit.merkle.MerkleTree;
import dev.custos.audit.note.NoteException;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.note.SignedNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks an audit log end to end: every checkpoint note (from the log's store and from the nodes' own records) must
 * be signed by the log, no two may fork, and the entries must hash to every checkpoint's root. It names the first bad
 * entry: changed or inserted entries by the first checkpoint whose root they miss, deleted newest entries by a
 * checkpoint larger than the log.
 *
 * <p>Co-signed checkpoints outrank those the log alone signed: the first bad entry is bracketed by the largest
 * checkpoint below the mismatch that matched and that every co-signer of the mismatching checkpoint also co-signed
 * (each co-signer checked that one extends the other), and a mismatching checkpoint is only a fork branch, not a sign
 * of bad entries, when a matching one of the same size carries all its co-signatures. With a checkpoint per append
 * the bracket is one entry. Deleted newest entries are caught only against a checkpoint the deleter could not remove:
 * give the verifier the nodes' last co-signed checkpoints too.
 */
public final class LogVerifier {
    private final String origin;
    private final NoteVerifierKey logKey;
    private final List<NoteVerifierKey> cosignerKeys;
    private final int requiredCosignatures;

    /**
     * @param origin the log's origin
     * @param logKey the log's key
     * @param cosignerKeys the nodes' co-signing keys
     * @param requiredCosignatures how many co-signatures make a checkpoint count as co-signed in {@link
     *     AuditReport#cosignedSize()}
     */
    public LogVerifier(
            String origin, NoteVerifierKey logKey, List<NoteVerifierKey> cosignerKeys, int requiredCosignatures) {
        this.origin = requireNonNull(origin, "origin is null");
        this.logKey = requireNonNull(logKey, "logKey is null");
        this.cosignerKeys = List.copyOf(requireNonNull(cosignerKeys, "cosignerKeys is null"));
        if (requiredCosignatures < 0 || requiredCosignatures > this.cosignerKeys.size()) {
            throw new IllegalArgumentException("requiredCosignatures must be in [0, " + this.cosignerKeys.size()
                    + "], got " + requiredCosignatures);
        }
        this.requiredCosignatures = requiredCosignatures;
    }

    /** Checks {@code entries} against {@code checkpointNotes} (in any order; duplicates allowed). */
    public AuditReport verify(AuditEntries entries, List<String> checkpointNotes) {
        requireNonNull(entries, "entries is null");
        requireNonNull(checkpointNotes, "checkpointNotes is null");
        List<AuditFinding> findings = new ArrayList<>();
        List<SignedCheckpoint> checkpoints = open(checkpointNotes, findings);
        findForks(checkpoints, findings);
        checkpoints.sort(Comparator.comparingLong(c -> c.checkpoint().size()));

        long size = entries.size();
        MerkleTree tree = new MerkleTree();
        List<SignedCheckpoint> matched = new ArrayList<>();
        List<SignedCheckpoint> mismatched = new ArrayList<>();
        for (SignedCheckpoint checkpoint : checkpoints) {
            long checkpointSize = checkpoint.checkpoint().size();
            if (checkpointSize > size) {
                break;
            }
            while (tree.size() < checkpointSize) {
                tree.appendEntry(entries.entry(tree.size()));
            }
            if (tree.root().equals(checkpoint.checkpoint().root())) {
                matched.add(checkpoint);
            } else {
                mismatched.add(checkpoint);
            }
        }
        Optional<SignedCheckpoint> firstMismatch = mismatched.stream()
                .filter(mismatch -> !outvoted(mismatch, matched))
                .findFirst();
        firstMismatch.ifPresent(mismatch -> findings.add(rootMismatch(mismatch, matched)));
        checkMissingAndUnsigned(checkpoints, size, findings);

        long mismatchSize = firstMismatch.map(c -> c.checkpoint().size()).orElse(Long.MAX_VALUE);
        long cosignedSize = matched.stream()
                .filter(c -> c.cosigners().size() >= requiredCosignatures)
                .mapToLong(c -> c.checkpoint().size())
                .filter(s -> s < mismatchSize)
                .max()
                .orElse(0);
        return new AuditReport(size, checkpoints.size(), cosignedSize, findings);
    }

    private List<SignedCheckpoint> open(List<String> notes, List<AuditFinding> findings) {
        List<SignedCheckpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            try {
                SignedNote note = SignedNote.parse(requireNonNull(notes.get(i), "a checkpoint note is null"));
                checkpoints.add(SignedCheckpoint.open(note, origin, logKey, cosignerKeys));
            } catch (NoteException e) {
                findings.add(AuditFinding.general(
                        AuditFindingCode.BAD_CHECKPOINT, "checkpoint note " + i + ": " + e.getMessage()));
            }
        }
        return checkpoints;
    }

    private static void findForks(List<SignedCheckpoint> checkpoints, List<AuditFinding> findings) {
        Map<Long, SignedCheckpoint> bySize = new HashMap<>();
        Map<Long, List<MerkleHash>> reported = new HashMap<>();
        for (SignedCheckpoint checkpoint : checkpoints) {
            Checkpoint body = checkpoint.checkpoint();
            SignedCheckpoint first = bySize.putIfAbsent(body.size(), checkpoint);
            if (first == null || first.checkpoint().root().equals(body.root())) {
                continue;
            }
            List<MerkleHash> roots = reported.computeIfAbsent(body.size(), s -> new ArrayList<>());
            if (!roots.contains(body.root())) {
                roots.add(body.root());
                findings.add(AuditFinding.general(
                        AuditFindingCode.FORKED_CHECKPOINTS,
                        "the log signed two checkpoints of size " + body.size() + ": root "
                                + first.checkpoint().root().hex() + " " + signers(first) + " and root "
                                + body.root().hex() + " " + signers(checkpoint)));
            }
        }
    }

    /**
     * Whether a matched checkpoint of the same size carries every co-signature {@code mismatch} has: then {@code
     * mismatch} is a branch of a fork (reported as such) that the entries rightly do not follow.
     */
    private static boolean outvoted(SignedCheckpoint mismatch, List<SignedCheckpoint> matched) {
        return matched.stream()
                .anyMatch(m -> m.checkpoint().size() == mismatch.checkpoint().size()
                        && m.cosigners().containsAll(mismatch.cosigners()));
    }

    /** The finding for the first checkpoint the entries miss, bracketed by a matched checkpoint it extends. */
    private static AuditFinding rootMismatch(SignedCheckpoint mismatch, List<SignedCheckpoint> matched) {
        long size = mismatch.checkpoint().size();
        long good = matched.stream()
                .filter(m -> m.checkpoint().size() < size)
                .filter(m -> m.cosigners().containsAll(mismatch.cosigners()))
                .mapToLong(m -> m.checkpoint().size())
                .max()
                .orElse(0);
        String message = good == size - 1
                ? "entry " + good + " is not the entry the checkpoint of size " + size + " " + signers(mismatch)
                        + " signed (changed, or entries inserted or removed before it)"
                : "the entries do not hash to the checkpoint of size " + size + " " + signers(mismatch)
                        + "; entries before " + good + " match a checkpoint it extends, so the first bad entry is"
                        + " among " + good + ".." + (size - 1);
        return AuditFinding.atEntry(AuditFindingCode.ROOT_MISMATCH, good, message);
    }

    private static void checkMissingAndUnsigned(List<SignedCheckpoint> sorted, long size, List<AuditFinding> findings) {
        if (sorted.isEmpty()) {
            if (size > 0) {
                findings.add(AuditFinding.atEntry(
                        AuditFindingCode.UNSIGNED_ENTRIES, 0, "no signed checkpoint covers the " + size + " entries"));
            }
            return;
        }
        SignedCheckpoint largest = sorted.get(sorted.size() - 1);
        long largestSize = largest.checkpoint().size();
        if (largestSize > size) {
            findings.add(AuditFinding.atEntry(
                    AuditFindingCode.MISSING_ENTRIES,
                    size,
                    "the checkpoint of size " + largestSize + " " + signers(largest) + " covers entries " + size + ".."
                            + (largestSize - 1) + ", which the log does not have (it has " + size + ")"));
        } else if (largestSize < size) {
            findings.add(AuditFinding.atEntry(
                    AuditFindingCode.UNSIGNED_ENTRIES,
                    largestSize,
                    "entries " + largestSize + ".." + (size - 1) + " are not covered by any signed checkpoint"
                            + " (the largest is of size " + largestSize + ")"));
        }
    }

    private static String signers(SignedCheckpoint checkpoint) {
        List<NoteVerifierKey> cosigners = checkpoint.cosigners();
        return cosigners.isEmpty()
                ? "(signed by the log only)"
                : "(co-signed by "
                        + cosigners.stream().map(NoteVerifierKey::name).collect(Collectors.joining(", ")) + ")";
    }
}
