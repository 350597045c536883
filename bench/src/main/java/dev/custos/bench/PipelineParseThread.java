package dev.custos.bench;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.pipeline.DetectionPipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * JSON lines through the pipeline the way the HTTP service and the Kafka source run it: one thread parses lines
 * and hands batches of events through a bounded queue to the thread that owns the pipeline.
 */
final class PipelineParseThread {
    /** Events per hand-over: large enough that the queue costs little per event, small enough to keep latency. */
    static final int BATCH = 256;

    /** Batches in flight at most (bounded, so a slow pipeline slows the parser instead of filling the heap). */
    static final int QUEUE_BATCHES = 64;

    private static final List<Event> END = List.of();

    /**
     * What one run did.
     *
     * @param outputs alerts and decisions emitted
     * @param parserCpuNanos CPU time of the parsing thread
     * @param pipelineCpuNanos CPU time of the pipeline thread
     */
    record Result(long outputs, long parserCpuNanos, long pipelineCpuNanos) {}

    private PipelineParseThread() {}

    @SuppressWarnings("ReferenceEquality") // END is a sentinel: only that instance ends the stream, not any empty batch
    private static boolean isEnd(List<Event> batch) {
        return batch == END;
    }

    /** Parses {@code lines} on a second thread and processes them in order on the calling thread. */
    static Result run(DetectionPipeline pipeline, List<String> lines) throws InterruptedException {
        requireNonNull(pipeline, "pipeline is null");
        requireNonNull(lines, "lines is null");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
        AtomicLong parserCpu = new AtomicLong();
        AtomicReference<Throwable> parserFailure = new AtomicReference<>();
        Thread parser = new Thread(
                () -> {
                    long start = threads.getCurrentThreadCpuTime();
                    try {
                        EventParser eventParser = new EventParser();
                        List<Event> batch = new ArrayList<>(BATCH);
                        for (int i = 0; i < lines.size(); i++) {
                            batch.add(PipelineWorkload.parse(eventParser, lines.get(i), i + 1));
                            if (batch.size() == BATCH) {
                                queue.put(batch);
                                batch = new ArrayList<>(BATCH);
                            }
                        }
                        if (!batch.isEmpty()) {
                            queue.put(batch);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        parserFailure.set(e);
                    } finally {
                        parserCpu.set(threads.getCurrentThreadCpuTime() - start);
                        try {
                            queue.put(END);
                        } catch (InterruptedException e) {
                            // The pipeline thread stopped reading: nobody waits for the end marker.
                            Thread.currentThread().interrupt();
                        }
                    }
                },
                "pipeline-parser");
        parser.setDaemon(true);
        long pipelineStart = threads.getCurrentThreadCpuTime();
        parser.start();
        long outputs = 0;
        try {
            for (List<Event> batch = queue.take(); !isEnd(batch); batch = queue.take()) {
                for (Event event : batch) {
                    outputs += pipeline.process(event).size();
                }
            }
        } finally {
            parser.interrupt();
            parser.join();
        }
        long pipelineCpu = threads.getCurrentThreadCpuTime() - pipelineStart;
        if (parserFailure.get() != null) {
            throw new IllegalStateException("parser thread failed", parserFailure.get());
        }
        return new Result(outputs, parserCpu.get(), pipelineCpu);
    }
}
