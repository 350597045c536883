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
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays recorded events through a pipeline in event-time order on the pipeline's simulated clock: history in the recording
 * warms the baselines and forests up, as it would have live.
 */
public final class Replay {
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
        long alerts = 0;
        long decisions = 0;
        for (Event event : log.events()) {
            applyAll(feedback.dueBy(event.timestamp()), pipeline, onFeedbackError);
            for (PipelineOutput output : pipeline.process(event)) {
                if (output instanceof Alert) {
                    alerts++;
                } else {
                    decisions++;
                }
                onOutput.accept(output);
            }
        }
        applyAll(feedback.drain(), pipeline, onFeedbackError);
        return new ReplaySummary(log.events().size(), log.malformed().size(), alerts, decisions);
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
