package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.Alert;
import dev.custos.detect.server.metrics.ServerMetrics;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a sink behind a bounded queue and its own delivery thread, so that the caller (the pipeline worker) never
 * blocks: {@link #offer} returns at once. An alert that finds the queue full, or is still queued when the service
 * stops, is handed to {@link AlertSink#keep} (the dead-letter file of the HTTP sinks); only when the sink has nowhere
 * to keep it is it dropped, counted and reported on stderr.
 */
public final class QueuedSink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedSink.class);
    private final AlertSink sink;
    private final BlockingQueue<Alert> queue;
    private final ServerMetrics metrics;
    private final Thread thread;
    private volatile boolean closing;

    public QueuedSink(AlertSink sink, int capacity, ServerMetrics metrics) {
        this.sink = requireNonNull(sink, "sink is null");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.metrics = requireNonNull(metrics, "metrics is null");
        metrics.sinkQueueDepth(sink.name(), queue::size);
        this.thread = Thread.ofPlatform()
                .name("custos-sink-" + sink.name())
                .daemon(true)
                .start(this::run);
    }

    public String name() {
        return sink.name();
    }

    /** Queues the alert if the sink wants it; never blocks. Returns false when it could not be queued. */
    public boolean offer(Alert alert) {
        requireNonNull(alert, "alert is null");
        if (!sink.accepts(alert)) {
            return true;
        }
        if (closing || !queue.offer(alert)) {
            keepOrDrop(alert, closing ? "service stopping" : "queue full");
            return false;
        }
        return true;
    }

    private void keepOrDrop(Alert alert, String reason) {
        try {
            if (sink.keep(alert, reason)) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            reason = reason + "; keeping it failed: " + e.getMessage();
        }
        metrics.dropped(sink.name());
        LOG.atError()
                .addKeyValue("sink", sink.name())
                .addKeyValue("alert_id", alert.id())
                .log("{} dropped alert {} ({})", sink.name(), alert.id(), reason);
    }

    /** Alerts waiting. */
    public int depth() {
        return queue.size();
    }

    private void run() {
        while (true) {
            Alert alert;
            try {
                alert = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (alert == null) {
                if (closing) {
                    return;
                }
                continue;
            }
            try {
                sink.deliver(alert);
                if (!sink.countsDeliveries()) {
                    metrics.delivered(sink.name());
                }
            } catch (IOException | RuntimeException e) {
                LOG.atWarn()
                        .addKeyValue("sink", sink.name())
                        .addKeyValue("alert_id", alert.id())
                        .log("{} could not deliver alert {}: {}", sink.name(), alert.id(), e.getMessage());
            }
        }
    }

    /** Waits up to {@code grace} for queued alerts to be delivered, then stops the thread and closes the sink. */
    public void close(Duration grace) {
        closing = true;
        try {
            thread.join(grace);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(1));
            }
            for (Alert left = queue.poll(); left != null; left = queue.poll()) {
                keepOrDrop(left, "service stopped before delivery");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            sink.close();
        } catch (Exception e) {
            LOG.atWarn().addKeyValue("sink", sink.name()).log("closing {}: {}", sink.name(), e.getMessage());
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
