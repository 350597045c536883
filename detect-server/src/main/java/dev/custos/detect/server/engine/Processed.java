package dev.custos.detect.server.engine;

import dev.custos.detect.event.MalformedLine;
import dev.custos.detect.output.PipelineOutput;
import java.util.List;

/**
 * What the pipeline made of a batch.
 *
 * @param processed how many events went through the pipeline
 * @param outputs the alerts and decisions, in processing order (for one event, alerts before its decision)
 * @param failures events the pipeline could not process (reported like malformed lines)
 */
public record Processed(int processed, List<PipelineOutput> outputs, List<MalformedLine> failures) {
    public Processed {
        if (processed < 0) {
            throw new IllegalArgumentException("processed is negative: " + processed);
        }
        outputs = List.copyOf(outputs);
        failures = List.copyOf(failures);
    }
}
