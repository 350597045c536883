package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.PipelineOutput;
import java.util.function.Consumer;

/**
 * Receives what the Kafka source produces. Called on the thread that runs the source, one call at a time. An
 * exception thrown from {@link #output} stops the source without a final checkpoint, so the event is processed
 * again after a restart.
 */
public interface SourceListener {
    /**
     * An alert or signing decision, in processing order. The source checkpoints after this returns, so the output
     * must be handed on (written, flushed) by then for at-least-once delivery.
     */
    void output(PipelineOutput output);

    /** A record that was skipped, or whose dead-letter copy could not be written. Never stops the source. */
    void malformed(MalformedRecord record);

    /**
     * Called before each checkpoint is written: make every output handed over so far durable (for example, force a
     * file to disk). An exception stops the source without writing the checkpoint.
     */
    default void flush() {}

    /** A problem that does not stop the source, such as an offset commit to the group that failed. */
    default void warning(String message) {}

    /** A change of state that needs no action, such as the broker answering again after an outage. */
    default void status(String message) {}

    /** A checkpoint was written (state and offsets, then the group's committed offsets). */
    default void checkpointed(SourceCheckpoint checkpoint) {}

    /** A listener from two callbacks; warnings and checkpoints are ignored. */
    static SourceListener of(Consumer<PipelineOutput> onOutput, Consumer<MalformedRecord> onMalformed) {
        requireNonNull(onOutput, "onOutput is null");
        requireNonNull(onMalformed, "onMalformed is null");
        return new SourceListener() {
            @Override
            public void output(PipelineOutput output) {
                onOutput.accept(output);
            }

            @Override
            public void malformed(MalformedRecord record) {
                onMalformed.accept(record);
            }
        };
    }
}
