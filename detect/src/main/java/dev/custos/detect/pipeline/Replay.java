package dev.custos.detect.pipeline;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventLog;
import dev.custos.detect.event.MalformedLine;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import java.io.BufferedReader;
import java.io.IOException;
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
        requireNonNull(input, "input is null");
        requireNonNull(pipeline, "pipeline is null");
        requireNonNull(onMalformed, "onMalformed is null");
        requireNonNull(onOutput, "onOutput is null");
        EventLog log = EventLog.read(input, onMalformed);
        long alerts = 0;
        long decisions = 0;
        for (Event event : log.events()) {
            for (PipelineOutput output : pipeline.process(event)) {
                if (output instanceof Alert) {
                    alerts++;
                } else {
                    decisions++;
                }
                onOutput.accept(output);
            }
        }
        return new ReplaySummary(log.events().size(), log.malformed().size(), alerts, decisions);
    }
}
