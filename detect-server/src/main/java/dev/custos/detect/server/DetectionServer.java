package dev.custos.detect.server;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpServer;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.pipeline.StateFile;
import dev.custos.detect.server.engine.Checkpointer;
import dev.custos.detect.server.engine.PipelineWorker;
import dev.custos.detect.server.engine.WorkerBusyException;
import dev.custos.detect.server.http.BearerAuthorizer;
import dev.custos.detect.server.http.HttpApi;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.sink.AlertDispatcher;
import dev.custos.detect.server.sink.AlertSink;
import dev.custos.detect.server.sink.QueuedSink;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detection service: wires the pipeline worker, the state file, the alert sinks and the HTTP API, and shuts them
 * down in order (stop accepting requests, finish queued work, write a last checkpoint, deliver queued alerts).
 */
public final class DetectionServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DetectionServer.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final Duration REQUEST_GRACE = Duration.ofSeconds(5);

    private final HttpServer http;
    private final ExecutorService handlers;
    private final PipelineWorker worker;
    private final AlertDispatcher dispatcher;
    private final Optional<Checkpointer> checkpointer;
    private final ServerMetrics metrics;
    private final boolean restored;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DetectionServer(
            HttpServer http,
            ExecutorService handlers,
            PipelineWorker worker,
            AlertDispatcher dispatcher,
            Optional<Checkpointer> checkpointer,
            ServerMetrics metrics,
            boolean restored) {
        this.http = http;
        this.handlers = handlers;
        this.worker = worker;
        this.dispatcher = dispatcher;
        this.checkpointer = checkpointer;
        this.metrics = metrics;
        this.restored = restored;
    }

    /**
     * Restores the state file (if configured and present) into the fresh {@code pipeline}, then starts serving.
     *
     * @throws IOException when the port cannot be bound or the state file cannot be read
     * @throws dev.custos.detect.state.InvalidStateException when the state file does not fit the pipeline
     */
    public static DetectionServer start(
            ServerSettings settings,
            DetectionPipeline pipeline,
            List<AlertSink> sinks,
            ServerMetrics metrics,
            Clock clock)
            throws IOException {
        requireNonNull(settings, "settings is null");
        requireNonNull(pipeline, "pipeline is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(clock, "clock is null");
        Optional<StateFile> stateFile = settings.stateFile().map(StateFile::new);
        boolean restored = stateFile.isPresent() && stateFile.get().restoreIfPresent(pipeline);
        List<QueuedSink> queued = new ArrayList<>();
        for (AlertSink sink : sinks) {
            queued.add(new QueuedSink(sink, settings.sinkQueueCapacity(), metrics));
        }
        AlertDispatcher dispatcher = new AlertDispatcher(queued);
        PipelineWorker worker = new PipelineWorker(pipeline, dispatcher, metrics, settings.queueCapacity());
        HttpServer http;
        try {
            http = HttpServer.create(settings.listen(), 0);
        } catch (IOException e) {
            worker.close(Duration.ZERO);
            dispatcher.close(Duration.ZERO);
            throw new IOException("cannot listen on " + settings.listen() + ": " + e.getMessage(), e);
        }
        ExecutorService handlers = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("custos-http-", 0).factory());
        http.setExecutor(handlers);
        HttpApi.register(
                http,
                new BearerAuthorizer(settings.token()),
                worker,
                metrics,
                clock,
                settings.maxBodyBytes(),
                settings.requestTimeout());
        Optional<Checkpointer> checkpointer =
                stateFile.map(file -> new Checkpointer(worker, file, metrics, settings.checkpointInterval()));
        http.start();
        return new DetectionServer(http, handlers, worker, dispatcher, checkpointer, metrics, restored);
    }

    /** The bound address (with the actual port when port 0 was asked for). */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** Whether a state file was restored at start. */
    public boolean restored() {
        return restored;
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Takes a checkpoint now (no-op without a state file). */
    public void checkpoint() throws IOException, WorkerBusyException {
        if (checkpointer.isPresent()) {
            checkpointer.get().checkpoint();
        }
    }

    /**
     * Stops gracefully: no new requests, requests in progress finish (for up to five seconds), the worker drains its
     * queue, a last checkpoint is written, the sinks deliver what they hold (for up to ten seconds). Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("stopping: refusing new requests, finishing queued work");
        String checkpoint = checkpointer.isPresent() ? "final checkpoint written" : "no state file";
        try {
            // Refuse new exchanges (the executor rejects them and the server closes their connections), let the
            // ones in progress finish, then close the listener. HttpServer.stop(n) alone would wait the full n s.
            handlers.shutdown();
            try {
                if (!handlers.awaitTermination(REQUEST_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("requests still running at shutdown are cut off");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            http.stop(0);
            if (checkpointer.isPresent()) {
                checkpointer.get().close();
                try {
                    checkpointer.get().checkpoint();
                } catch (IOException | WorkerBusyException | RuntimeException e) {
                    LOG.error("final checkpoint failed: {}", e.getMessage());
                    checkpoint = "final checkpoint FAILED";
                }
            }
            worker.close(SHUTDOWN_GRACE);
            dispatcher.close(SHUTDOWN_GRACE);
            LOG.atInfo()
                    .addKeyValue("events_processed", metrics.eventsProcessed())
                    .log(
                            "stopped: {} events processed, {}, sinks closed ({})",
                            metrics.eventsProcessed(),
                            checkpoint,
                            String.join(", ", dispatcher.sinkNames()));
        } finally {
            stopped.countDown();
        }
    }
}
