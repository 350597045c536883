package dev.custos.bench;

import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.pipeline.DetectionPipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Sustained throughput of the detection pipeline on a simulated organisation, with wall-clock and CPU time per event
 * (CPU time matters on a shared machine). Each round starts from the same warmed-up state.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.custos.bench.PipelineHarness [people] [days] [measuredDays] [rounds]
 * </pre>
 *
 * Defaults: 3,650 people (about 10,000 users, hosts, devices and wallets), 21 days, the last 7 measured, 5 rounds.
 * The last measurement of each round parses JSON on a second thread feeding the pipeline thread through a bounded
 * queue ({@link PipelineParseThread}), as the HTTP service and the Kafka source do.
 */
public final class PipelineHarness {
    /** Events per {@code processBatch} call, as {@code custos replay} uses. */
    private static final int BATCH = 4_096;

    private PipelineHarness() {}

    public static void main(String[] args) throws InterruptedException {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 3_650;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        int measuredDays = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        long started = System.nanoTime();
        PipelineWorkload workload = PipelineWorkload.build(1, people, days, measuredDays, Integer.MAX_VALUE);
        System.out.printf(
                Locale.ROOT,
                "workload: %d warm-up events, %d measured events, %s; built in %.1f s%n",
                workload.warmEvents(),
                workload.measuredEvents().size(),
                workload.entities(),
                (System.nanoTime() - started) / 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            DetectionPipeline pipeline = workload.warmedPipeline();
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long outputs = 0;
            for (Event event : workload.measuredEvents()) {
                outputs += pipeline.process(event).size();
            }
            report("pipeline       ", round, workload.measuredEvents().size(), wall, cpu, outputs, threads);

            pipeline = workload.warmedPipeline();
            List<Event> measured = workload.measuredEvents();
            long sideCpu = sideThreadCpu(threads);
            wall = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            outputs = 0;
            for (int from = 0; from < measured.size(); from += BATCH) {
                for (List<?> produced :
                        pipeline.processBatch(measured.subList(from, Math.min(measured.size(), from + BATCH)))) {
                    outputs += produced.size();
                }
            }
            reportBatched(round, measured.size(), wall, cpu, sideCpu, outputs, threads);

            pipeline = workload.warmedPipeline();
            EventParser parser = new EventParser();
            List<String> lines = workload.measuredLines();
            wall = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            outputs = 0;
            for (int i = 0; i < lines.size(); i++) {
                outputs += pipeline.process(PipelineWorkload.parse(parser, lines.get(i), i + 1))
                        .size();
            }
            report("parse+pipeline ", round, lines.size(), wall, cpu, outputs, threads);

            wall = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            long parsed = 0;
            for (int i = 0; i < lines.size(); i++) {
                parsed += PipelineWorkload.parse(parser, lines.get(i), i + 1)
                        .fields()
                        .size();
            }
            report("parse only     ", round, lines.size(), wall, cpu, parsed, threads);

            pipeline = workload.warmedPipeline();
            wall = System.nanoTime();
            PipelineParseThread.Result twoThreads = PipelineParseThread.run(pipeline, lines);
            reportTwoThreads(round, lines.size(), wall, twoThreads);
        }
    }

    /** The CPU time of the pipeline's side threads so far ({@code DetectionPipeline.processBatch}). */
    private static long sideThreadCpu(ThreadMXBean threads) {
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals("custos-detect-side")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static void reportBatched(
            int round, int events, long wallStart, long cpuStart, long sideStart, long outputs, ThreadMXBean threads) {
        long wall = System.nanoTime() - wallStart;
        long main = threads.getCurrentThreadCpuTime() - cpuStart;
        long side = sideThreadCpu(threads) - sideStart;
        System.out.printf(
                Locale.ROOT,
                "round %d batched (2 threads) %,10.0f events/s wall, %6.2f us CPU/event pipeline thread, %6.2f us"
                        + " CPU/event side thread, %,10.0f events/s by the busier thread's CPU (%d outputs)%n",
                round,
                events / (wall / 1e9),
                main / 1e3 / events,
                side / 1e3 / events,
                events / (Math.max(main, side) / 1e9),
                outputs);
    }

    private static void reportTwoThreads(int round, int events, long wallStart, PipelineParseThread.Result result) {
        long wall = System.nanoTime() - wallStart;
        System.out.printf(
                Locale.ROOT,
                "round %d parse thread   %,10.0f events/s wall, %6.2f us CPU/event pipeline thread, %6.2f us CPU/event"
                        + " parser thread (%d outputs)%n",
                round,
                events / (wall / 1e9),
                result.pipelineCpuNanos() / 1e3 / events,
                result.parserCpuNanos() / 1e3 / events,
                result.outputs());
    }

    private static void report(
            String what, int round, int events, long wallStart, long cpuStart, long outputs, ThreadMXBean threads) {
        long wall = System.nanoTime() - wallStart;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(
                Locale.ROOT,
                "round %d %s %,10.0f events/s wall, %,10.0f events/s CPU, %6.2f us CPU/event (%d outputs)%n",
                round,
                what,
                events / (wall / 1e9),
                events / (cpu / 1e9),
                cpu / 1e3 / events,
                outputs);
    }
}
