package dev.custos.detect.server.engine;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.MalformedLine;
import dev.custos.detect.feedback.Feedback;
import dev.custos.detect.feedback.FeedbackJson;
import dev.custos.detect.feedback.FeedbackRecord;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.sink.AlertDispatcher;
import dev.custos.detect.state.StateJson;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Owns the (single-threaded) detection pipeline and runs every task on one worker thread, in submission order. Callers
 * on other threads wait for their result with a timeout; a full queue refuses new work at once.
 */
public final class PipelineWorker implements AutoCloseable {
    private static final Comparator<Event> EVENT_TIME_ORDER =
            Comparator.comparing(Event::timestamp).thenComparingLong(Event::lineNumber);

    private final DetectionPipeline pipeline;
    private final AlertDispatcher dispatcher;
    private final ServerMetrics metrics;
    private final ArrayBlockingQueue<Runnable> queue;
    private final ThreadPoolExecutor executor;

    public PipelineWorker(
            DetectionPipeline pipeline, AlertDispatcher dispatcher, ServerMetrics metrics, int queueCapacity) {
        this.pipeline = requireNonNull(pipeline, "pipeline is null");
        this.dispatcher = requireNonNull(dispatcher, "dispatcher is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be positive: " + queueCapacity);
        }
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                queue,
                Thread.ofPlatform().name("custos-detect-worker").daemon(true).factory());
        metrics.queueDepth(queue::size);
        // The worker thread has not started yet: reading the pipeline here is still single-threaded.
        metrics.entityTables(pipeline.entityUsage());
    }

    /**
     * Processes a batch in event-time order (ties keep input order), counts it in the metrics and hands its alerts to
     * the sinks.
     */
    public Processed process(List<Event> events, Duration timeout) throws WorkerBusyException {
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(EVENT_TIME_ORDER);
        return call(() -> processNow(ordered), timeout);
    }

    /** The pipeline's checkpoint as JSON text, taken on the worker between two tasks. */
    public String checkpoint(Duration timeout) throws WorkerBusyException {
        return call(
                () -> {
                    try {
                        return StateJson.MAPPER.writeValueAsString(pipeline.checkpoint());
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                timeout);
    }

    /**
     * Applies one feedback record on the worker, between two batches.
     *
     * @throws dev.custos.detect.feedback.FeedbackRejectedException when the pipeline refuses it (unknown alert,
     *     duplicate suppression id, feedback full)
     */
    public void apply(FeedbackRecord record, Duration timeout) throws WorkerBusyException {
        requireNonNull(record, "record is null");
        call(
                () -> {
                    pipeline.apply(record);
                    return null;
                },
                timeout);
    }

    /**
     * The feedback given so far, {@code {"records": [feedback lines], "suppressed": {suppression id: findings
     * dropped}}}, built on the worker.
     */
    public ObjectNode feedback(Duration timeout) throws WorkerBusyException {
        return call(
                () -> {
                    Feedback feedback = pipeline.feedback();
                    ObjectNode node = StateJson.object();
                    ArrayNode records = node.putArray("records");
                    feedback.records().forEach(record -> records.add(FeedbackJson.toJson(record)));
                    ObjectNode suppressed = node.putObject("suppressed");
                    new TreeMap<>(feedback.suppressedCounts()).forEach(suppressed::put);
                    return node;
                },
                timeout);
    }

    /** Requests waiting for the worker. */
    public int queueDepth() {
        return queue.size();
    }

    private Processed processNow(List<Event> events) {
        List<PipelineOutput> outputs = new ArrayList<>();
        List<MalformedLine> failures = new ArrayList<>();
        int processed = 0;
        for (Event event : events) {
            try {
                List<PipelineOutput> produced = pipeline.process(event);
                produced.forEach(metrics::output);
                outputs.addAll(produced);
                processed++;
            } catch (RuntimeException e) {
                failures.add(new MalformedLine(
                        Math.max(1, event.lineNumber()), "the pipeline could not process the event: " + e));
            }
        }
        metrics.eventsProcessed(processed);
        metrics.entityTables(pipeline.entityUsage());
        dispatcher.dispatch(outputs);
        return new Processed(processed, outputs, failures);
    }

    private <T> T call(Callable<T> task, Duration timeout) throws WorkerBusyException {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new WorkerBusyException("the detection worker is busy (" + queue.size() + " requests queued)", e);
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new WorkerBusyException(
                    "the detection worker did not answer within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkerBusyException("interrupted while waiting for the detection worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Lets queued tasks finish (up to {@code grace}), then stops the thread. */
    public void close(Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
