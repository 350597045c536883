package dev.custos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.detect.event.Event;
import dev.custos.detect.pipeline.DetectionPipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PipelineParseThreadTest {
    private static PipelineWorkload workload;

    @BeforeAll
    static void buildWorkload() {
        // More measured events than one batch, and not a multiple of it, so the last batch is partial.
        workload = PipelineWorkload.build(7, 60, 8, 3, PipelineParseThread.BATCH * 5 + 17);
    }

    @Test
    @Timeout(60)
    void run_sameOutputsAndStateAsParsingOnOneThread() throws InterruptedException {
        List<String> lines = workload.measuredLines();
        assertThat(lines).hasSizeGreaterThan(PipelineParseThread.BATCH * 2);
        assertThat(lines.size() % PipelineParseThread.BATCH).isNotZero();
        DetectionPipeline sequential = workload.warmedPipeline();
        long sequentialOutputs = 0;
        for (Event event : workload.measuredEvents()) {
            sequentialOutputs += sequential.process(event).size();
        }

        DetectionPipeline twoThreads = workload.warmedPipeline();
        PipelineParseThread.Result result = PipelineParseThread.run(twoThreads, lines);

        assertThat(sequentialOutputs).isPositive();
        assertThat(result.outputs()).isEqualTo(sequentialOutputs);
        assertThat(twoThreads.checkpoint()).isEqualTo(sequential.checkpoint());
        assertThat(result.parserCpuNanos()).isPositive();
        assertThat(result.pipelineCpuNanos()).isPositive();
    }

    @Test
    @Timeout(60)
    void run_malformedLine_throwsInsteadOfHanging() {
        List<String> lines = new ArrayList<>(workload.measuredLines());
        lines.set(PipelineParseThread.BATCH + 3, "{not json");

        assertThatThrownBy(() -> PipelineParseThread.run(workload.warmedPipeline(), lines))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parser thread failed");
    }
}
