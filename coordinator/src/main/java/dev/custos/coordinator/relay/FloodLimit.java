package dev.custos.coordinator.relay;

import dev.custos.node.transport.FrameCodec;

/**
 * How much one node may send before the relay disconnects it for flooding: two token buckets, one counting frames and
 * one counting bytes, each refilled at its rate per second up to its burst.
 *
 * @param framesPerSecond sustained frames per second (messages and pings)
 * @param burstFrames frames allowed at once
 * @param bytesPerSecond sustained message bytes per second
 * @param burstBytes message bytes allowed at once; at least one message of the largest size
 */
public record FloodLimit(long framesPerSecond, long burstFrames, long bytesPerSecond, long burstBytes) {
    /** 10,000 frames/s (burst 20,000) and 64 MiB/s (burst 128 MiB). */
    public static final FloodLimit DEFAULT = new FloodLimit(10_000, 20_000, 64L * 1024 * 1024, 128L * 1024 * 1024);

    public FloodLimit {
        if (framesPerSecond < 1 || burstFrames < 1 || bytesPerSecond < 1 || burstBytes < 1) {
            throw new IllegalArgumentException("flood limits must be positive");
        }
        if (burstBytes < FrameCodec.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("burstBytes must allow one message of the largest size ("
                    + FrameCodec.MAX_MESSAGE_LENGTH + " bytes), got " + burstBytes);
        }
    }
}
