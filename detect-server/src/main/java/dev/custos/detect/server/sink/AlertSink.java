package dev.custos.detect.server.sink;

import dev.custos.detect.output.Alert;
import java.io.IOException;

/**
 * A destination for alerts. {@link #deliver} may block (network, disk); the service never calls it from the pipeline
 * worker but from the sink's own delivery thread ({@link QueuedSink}).
 */
public interface AlertSink extends AutoCloseable {
    /** A short name for metrics and logs, e.g. {@code webhook}. */
    String name();

    /** Whether this sink wants the alert at all (for example, a minimum severity); checked before queueing. */
    default boolean accepts(Alert alert) {
        return true;
    }

    /**
     * True when the sink counts its own deliveries in the metrics (the HTTP sinks count each successful attempt);
     * otherwise the queue in front of it counts every {@link #deliver} that returns normally.
     */
    default boolean countsDeliveries() {
        return false;
    }

    /**
     * Delivers one alert, retrying as the sink sees fit. Failures that the sink handled itself (for example by writing
     * a dead letter) return normally.
     *
     * @throws IOException when the alert could not be delivered nor kept
     */
    void deliver(Alert alert) throws IOException;

    /**
     * Keeps an alert this sink will not deliver (its queue was full, or the service stopped first), for example in a
     * dead-letter file, so that it is not lost.
     *
     * @return false when the sink has nowhere to keep it (the caller then reports it on stderr)
     * @throws IOException when keeping it failed
     */
    default boolean keep(Alert alert, String reason) throws IOException {
        return false;
    }

    @Override
    default void close() throws IOException {}
}
