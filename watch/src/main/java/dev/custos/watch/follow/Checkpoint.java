package dev.custos.watch.follow;

import dev.custos.chain.ethereum.Hash32;
import java.util.Objects;

/**
 * A block the follower has processed, by number and hash: the hash tells whether it is still canonical.
 *
 * @param number the block number
 * @param hash the block hash
 */
public record Checkpoint(long number, Hash32 hash) {
    public Checkpoint {
        if (number < 0) {
            throw new IllegalArgumentException("number is negative: " + number);
        }
        Objects.requireNonNull(hash, "hash is null");
    }

    @Override
    public String toString() {
        return number + " " + hash.toHex();
    }
}
