package dev.custos.detect.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.pipeline.DetectionPipeline;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** A Kafka source running on its own thread, with everything it reported collected for assertions. */
final class SourceRun implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final List<String> outputs = Collections.synchronizedList(new ArrayList<>());
    final List<MalformedRecord> malformed = Collections.synchronizedList(new ArrayList<>());
    final List<SourceCheckpoint> checkpoints = Collections.synchronizedList(new ArrayList<>());
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    final KafkaEventSource source;
    private final CompletableFuture<SourceProgress> result;
    private volatile Predicate<String> failOnOutput = output -> false;
    private volatile Predicate<String> stopOnOutput = output -> false;

    private SourceRun(KafkaSourceSettings settings, DetectionPipeline pipeline) throws IOException {
        source = KafkaEventSource.open(settings, pipeline, new SourceListener() {
            @Override
            public void output(PipelineOutput output) {
                String json = OutputFormat.toJson(output).toString();
                if (failOnOutput.test(json)) {
                    throw new IllegalStateException("simulated crash while delivering an output");
                }
                outputs.add(json);
                if (stopOnOutput.test(json)) {
                    source.stop();
                }
            }

            @Override
            public void malformed(MalformedRecord record) {
                malformed.add(record);
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }

            @Override
            public void checkpointed(SourceCheckpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        });
        result = new CompletableFuture<>();
    }

    static SourceRun start(KafkaSourceSettings settings, DetectionPipeline pipeline) throws IOException {
        return start(settings, pipeline, output -> false);
    }

    /** Starts a run whose listener throws on the first output that matches {@code crashOn}. */
    static SourceRun start(KafkaSourceSettings settings, DetectionPipeline pipeline, Predicate<String> crashOn)
            throws IOException {
        SourceRun run = new SourceRun(settings, pipeline);
        run.failOnOutput = crashOn;
        Thread thread = new Thread(
                () -> {
                    try {
                        run.result.complete(run.source.run());
                    } catch (Throwable e) {
                        run.result.completeExceptionally(e);
                    }
                },
                "kafka-source-test");
        thread.setDaemon(true);
        thread.start();
        return run;
    }

    /** Starts a run that asks its source to stop, from the listener, right after the output matching {@code stopOn}. */
    static SourceRun startStoppingOn(KafkaSourceSettings settings, DetectionPipeline pipeline, Predicate<String> stopOn)
            throws IOException {
        SourceRun run = start(settings, pipeline);
        run.stopOnOutput = stopOn;
        return run;
    }

    /** Waits until the source has consumed at least {@code records} records. */
    void awaitRecords(long records) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (source.progress().records() < records) {
            if (result.isDone()) {
                throw new AssertionError("source ended early: " + result);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("source consumed only " + source.progress() + " of " + records);
            }
            Thread.sleep(20);
        }
    }

    /** Waits for the run to end by itself and returns what {@link KafkaEventSource#run} returned. */
    SourceProgress awaitEnd() throws InterruptedException, ExecutionException, TimeoutException {
        return result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Stops the source and returns what {@link KafkaEventSource#run} returned. */
    SourceProgress stop() throws InterruptedException, ExecutionException, TimeoutException {
        source.stop();
        SourceProgress progress = result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(source.awaitTermination(Duration.ofSeconds(1))).isTrue();
        return progress;
    }

    /** Waits for the run to end by itself (a simulated crash) and returns its failure. */
    Throwable awaitFailure() throws InterruptedException, TimeoutException {
        try {
            result.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("run ended without failing");
    }

    @Override
    public void close() {
        source.close();
    }
}
