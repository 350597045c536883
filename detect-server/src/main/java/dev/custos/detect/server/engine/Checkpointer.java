package dev.custos.detect.server.engine;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.pipeline.StateFile;
import dev.custos.detect.server.metrics.ServerMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the pipeline's state to the state file every {@code interval} and on demand (at shutdown). The snapshot is
 * taken on the worker thread between two tasks; the file is written on the checkpoint thread.
 */
public final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    private static final Duration SNAPSHOT_TIMEOUT = Duration.ofMinutes(1);

    private final PipelineWorker worker;
    private final StateFile stateFile;
    private final ServerMetrics metrics;
    private final ScheduledExecutorService scheduler;

    @SuppressWarnings("FutureReturnValueIgnored") // checkpointQuietly reports its own failures; close() stops it
    public Checkpointer(PipelineWorker worker, StateFile stateFile, ServerMetrics metrics, Duration interval) {
        this.worker = requireNonNull(worker, "worker is null");
        this.stateFile = requireNonNull(stateFile, "stateFile is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        requireNonNull(interval, "interval is null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("custos-checkpoint").daemon(true).factory());
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::checkpointQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes and writes a checkpoint now.
     *
     * @throws IOException when the file cannot be written
     * @throws WorkerBusyException when the worker does not hand over a snapshot in time
     */
    public synchronized void checkpoint() throws IOException, WorkerBusyException {
        try {
            stateFile.write(worker.checkpoint(SNAPSHOT_TIMEOUT).getBytes(StandardCharsets.UTF_8));
            metrics.checkpoint(true);
        } catch (IOException | WorkerBusyException | RuntimeException e) {
            metrics.checkpoint(false);
            throw e;
        }
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (IOException | WorkerBusyException | RuntimeException e) {
            LOG.atError()
                    .addKeyValue("state_file", stateFile.path())
                    .log("checkpoint to {} failed: {}", stateFile.path(), e.getMessage());
        }
    }

    /** Stops the periodic checkpoints (without taking a last one; the server does that after draining). */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
