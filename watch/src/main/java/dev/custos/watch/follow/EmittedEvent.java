package dev.custos.watch.follow;

import dev.custos.chain.ethereum.Hash32;
import java.util.Objects;

/**
 * An event the follower delivered, kept while its block could still be reorganised away: its id deduplicates a
 * re-read, and it is retracted when its block leaves the canonical chain.
 *
 * @param id the event's {@code event.id} (derived from the block hash and the log index)
 * @param action its {@code event.action}
 * @param blockNumber the block it was read from
 * @param blockHash that block's hash
 */
public record EmittedEvent(String id, String action, long blockNumber, Hash32 blockHash) {
    public EmittedEvent {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(blockHash, "blockHash is null");
        if (blockNumber < 0) {
            throw new IllegalArgumentException("blockNumber is negative: " + blockNumber);
        }
    }
}
