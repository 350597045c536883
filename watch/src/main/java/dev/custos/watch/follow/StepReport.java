package dev.custos.watch.follow;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one step did, for the status line.
 *
 * @param head the node's latest block
 * @param fromBlock the first block read; empty when the step read none (nothing confirmed yet, or the chain moved)
 * @param toBlock the last block read
 * @param events events delivered (retractions included)
 * @param retracted events retracted because their blocks were reorganised away
 * @param forkPoint the fork point a reorganisation was walked back to
 * @param checkpoint the checkpoint after the step
 * @param note why the step read nothing, if it did not
 */
public record StepReport(
        long head,
        Optional<Long> fromBlock,
        long toBlock,
        int events,
        int retracted,
        Optional<Long> forkPoint,
        Checkpoint checkpoint,
        Optional<String> note) {
    public StepReport {
        Objects.requireNonNull(fromBlock, "fromBlock is null");
        Objects.requireNonNull(forkPoint, "forkPoint is null");
        Objects.requireNonNull(checkpoint, "checkpoint is null");
        Objects.requireNonNull(note, "note is null");
    }

    /** Whether the step read blocks up to the confirmed head (the follower has caught up). */
    public boolean caughtUp(int confirmations) {
        return checkpoint.number() >= head - confirmations;
    }

    /** One line: blocks read, events, reorganisation, checkpoint. */
    public String statusLine() {
        StringBuilder line = new StringBuilder();
        if (fromBlock.isPresent()) {
            line.append(String.format(Locale.ROOT, "blocks %d..%d", fromBlock.get(), toBlock));
        } else {
            line.append("no new confirmed block");
        }
        line.append(String.format(Locale.ROOT, " (head %d), %d events", head, events));
        forkPoint.ifPresent(fork -> line.append(String.format(
                Locale.ROOT, ", reorganisation: back to block %d, %d events retracted", fork, retracted)));
        note.ifPresent(text -> line.append(", ").append(text));
        line.append(", checkpoint ")
                .append(checkpoint.number())
                .append(' ')
                .append(checkpoint.hash().toHex());
        return line.toString();
    }
}
