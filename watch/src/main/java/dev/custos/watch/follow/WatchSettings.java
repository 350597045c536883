package dev.custos.watch.follow;

import java.util.OptionalLong;

/**
 * How the follower reads the chain.
 *
 * @param confirmations how many blocks behind the node's head it stays (its latency, and the deepest reorganisation
 *     it never sees)
 * @param maxRange the most blocks one step reads (one {@code eth_getLogs} range)
 * @param firstBlock the first block to read when there is no checkpoint; empty: the first block after the
 *     confirmed head at the first start
 */
public record WatchSettings(int confirmations, int maxRange, OptionalLong firstBlock) {
    public static final int DEFAULT_CONFIRMATIONS = 12;
    public static final int DEFAULT_MAX_RANGE = 500;
    public static final int MAX_CONFIRMATIONS = 1000;

    public WatchSettings {
        if (confirmations < 0 || confirmations > MAX_CONFIRMATIONS) {
            throw new IllegalArgumentException(
                    "confirmations must be 0 to " + MAX_CONFIRMATIONS + ": " + confirmations);
        }
        if (maxRange < 1 || maxRange > 10_000) {
            throw new IllegalArgumentException("maxRange must be 1 to 10000: " + maxRange);
        }
        if (firstBlock.isPresent() && firstBlock.getAsLong() < 1) {
            throw new IllegalArgumentException("the first block must be at least 1: " + firstBlock.getAsLong());
        }
    }

    /** The defaults: 12 confirmations, 500 blocks per step, from the confirmed head. */
    public static WatchSettings defaults() {
        return new WatchSettings(DEFAULT_CONFIRMATIONS, DEFAULT_MAX_RANGE, OptionalLong.empty());
    }
}
