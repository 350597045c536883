package dev.custos.coordinator.relay;

import dev.custos.node.transport.Frame;
import dev.custos.node.transport.FrameException;
import java.util.function.LongSupplier;

/** The two token buckets of a {@link FloodLimit} for one connection; used from the connection's reading thread only. */
final class FloodGuard {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final FloodLimit limit;
    private final LongSupplier nanoTime;
    private double frames;
    private double bytes;
    private long last;

    FloodGuard(FloodLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.frames = (double) limit.burstFrames();
        this.bytes = (double) limit.burstBytes();
        this.last = nanoTime.getAsLong();
    }

    /** Takes one frame's tokens, or throws naming the limit the node exceeded. */
    void admit(Frame frame) throws FrameException {
        long now = nanoTime.getAsLong();
        double seconds = Math.max(0, now - last) / (double) NANOS_PER_SECOND;
        last = now;
        frames = Math.min((double) limit.burstFrames(), frames + seconds * (double) limit.framesPerSecond());
        bytes = Math.min((double) limit.burstBytes(), bytes + seconds * (double) limit.bytesPerSecond());
        long size = frame instanceof Frame.Data data ? data.message().length : 0;
        if (frames < 1) {
            throw new FrameException("flooding: more than " + limit.framesPerSecond() + " frames per second (burst "
                    + limit.burstFrames() + ")");
        }
        if (bytes < (double) size) {
            throw new FrameException("flooding: more than " + limit.bytesPerSecond()
                    + " message bytes per second (burst " + limit.burstBytes() + ")");
        }
        frames -= 1;
        bytes -= (double) size;
    }
}
