package dev.custos.detect.pipeline;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventLog;
import dev.custos.detect.event.MalformedLine;
import dev.custos.detect.feedback.FeedbackSchedule;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays recorded events through a pipeline in event-time order on the pipeline's simulated clock: history in the recording
 * warms the baselines and forests up, as it would have live.
 */
public final class Replay {
    /** Events processed together ({@link DetectionPipeline#processBatch}: two threads, the same outputs). */
    static final int BATCH = 4_096;

    private Replay() {}

    /**
     * Reads every line, reports malformed lines to {@code onMalformed} (never fatal), then processes the events in
     * event-time order and hands each output to {@code onOutput} as it is produced.
     */
    public static ReplaySummary run(
            BufferedReader input,
            DetectionPipeline pipeline,
            Consumer<MalformedLine> onMalformed,
            Consumer<PipelineOutput> onOutput)
            throws IOException {
        return run(input, pipeline, FeedbackSchedule.empty(), onMalformed, onOutput, message -> {});
    }

    /**
     * Like {@link #run(BufferedReader, DetectionPipeline, Consumer, Consumer)}, applying each feedback record when
     * the replay clock reaches its timestamp (before the first event at or after it; records after the last event
     * are applied at the end, so they are in the saved state). A record the pipeline refuses (an unknown alert id, a
     * duplicate suppression) goes to {@code onFeedbackError} as {@code feedback line N: reason} and is skipped.
     */
    public static ReplaySummary run(
            BufferedReader input,
            DetectionPipeline pipeline,
            FeedbackSchedule feedback,
            Consumer<MalformedLine> onMalformed,
            Consumer<PipelineOutput> onOutput,
            Consumer<String> onFeedbackError)
            throws IOException {
        requireNonNull(feedback, "feedback is null");
        requireNonNull(onFeedbackError, "onFeedbackError is null");
        requireNonNull(input, "input is null");
        requireNonNull(pipeline, "pipeline is null");
        requireNonNull(onMalformed, "onMalformed is null");
        requireNonNull(onOutput, "onOutput is null");
        EventLog log = EventLog.read(input, onMalformed);
        long[] counts = new long[2];
        List<Event> batch = new ArrayList<>();
        for (Event event : log.events()) {
            List<FeedbackSchedule.Entry> due = feedback.dueBy(event.timestamp());
            if (!due.isEmpty()) {
                // Feedback applies between two events: the events before it are processed first.
                processBatch(batch, pipeline, onOutput, counts);
                applyAll(due, pipeline, onFeedbackError);
            }
            batch.add(event);
            if (batch.size() == BATCH) {
                processBatch(batch, pipeline, onOutput, counts);
            }
        }
        processBatch(batch, pipeline, onOutput, counts);
        applyAll(feedback.drain(), pipeline, onFeedbackError);
        return new ReplaySummary(log.events().size(), log.malformed().size(), counts[0], counts[1]);
    }

    /** Runs and empties {@code batch}, handing the outputs on in order and counting alerts and decisions. */
    private static void processBatch(
            List<Event> batch, DetectionPipeline pipeline, Consumer<PipelineOutput> onOutput, long[] counts) {
        if (batch.isEmpty()) {
            return;
        }
        for (List<PipelineOutput> outputs : pipeline.processBatch(batch)) {
            for (PipelineOutput output : outputs) {
                if (output instanceof Alert) {
                    counts[0]++;
                } else {
                    counts[1]++;
                }
                onOutput.accept(output);
            }
        }
        batch.clear();
    }

    private static void applyAll(
            List<FeedbackSchedule.Entry> entries, DetectionPipeline pipeline, Consumer<String> onFeedbackError) {
        for (FeedbackSchedule.Entry entry : entries) {
            try {
                pipeline.apply(entry.record());
            } catch (IllegalArgumentException e) {
                onFeedbackError.accept("feedback line " + entry.line() + ": " + e.getMessage());
            }
        }
    }
}
