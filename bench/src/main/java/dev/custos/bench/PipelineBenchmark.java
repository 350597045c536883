package dev.custos.bench;

import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.pipeline.DetectionPipeline;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sustained throughput of the whole detection pipeline ({@code DetectionPipeline.standard} with the bundled screening
 * lists) on a simulated organisation: logins, commands, wallet access, signing requests and their transfers,
 * governance changes, MFA resets. 3,650 people give about 10,000 active users, hosts, devices and wallets. Two weeks
 * of history warm the baselines and forests up; each iteration then replays the next {@value #EVENTS} events from
 * that same warmed state (restored from a checkpoint), so iterations are comparable. Scores are microseconds per
 * event: events per second = 1,000,000 / score.
 *
 * <ul>
 *   <li>{@code pipeline}: events already parsed;
 *   <li>{@code parseAndPipeline}: ECS JSON lines through {@code EventParser}, then the pipeline;
 *   <li>{@code parseOnly}: the parser alone.
 * </ul>
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar PipelineBenchmark
 * </pre>
 *
 * {@link PipelineHarness} measures the same with CPU time per event, which is steadier on a shared machine.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx8g"})
@State(Scope.Benchmark)
public class PipelineBenchmark {
    /** Events replayed per iteration. */
    static final int EVENTS = 100_000;

    @Param({"3650"})
    public int people;

    private PipelineWorkload workload;
    private DetectionPipeline pipeline;
    private EventParser parser;

    @Setup(Level.Trial)
    public void simulate() {
        workload = PipelineWorkload.build(1, people, 21, 7, EVENTS);
        if (workload.measuredEvents().size() < EVENTS) {
            throw new IllegalStateException("the simulation gave only "
                    + workload.measuredEvents().size() + " events to measure; more people or days are needed");
        }
    }

    @Setup(Level.Iteration)
    public void restoreWarmedState() {
        pipeline = workload.warmedPipeline();
        parser = new EventParser();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long pipeline() {
        long outputs = 0;
        for (Event event : workload.measuredEvents()) {
            outputs += pipeline.process(event).size();
        }
        return outputs;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long parseAndPipeline() {
        List<String> lines = workload.measuredLines();
        long outputs = 0;
        for (int i = 0; i < lines.size(); i++) {
            outputs += pipeline.process(PipelineWorkload.parse(parser, lines.get(i), i + 1))
                    .size();
        }
        return outputs;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long parseOnly() {
        List<String> lines = workload.measuredLines();
        long fields = 0;
        for (int i = 0; i < lines.size(); i++) {
            fields +=
                    PipelineWorkload.parse(parser, lines.get(i), i + 1).fields().size();
        }
        return fields;
    }
}
