package dev.custos.detect.server.metrics;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.output.SigningDecision;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.types.Verdict;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/** The service's counters and gauges, safe to update from any thread, rendered in the Prometheus text format. */
public final class ServerMetrics {
    private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    private final LongAdder eventsProcessed = new LongAdder();
    private final LongAdder rejectedLines = new LongAdder();
    private final Map<String, LongAdder> alertsBySeverity = new ConcurrentHashMap<>();
    private final Map<Verdict, LongAdder> decisionsByKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> deliveries = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> deliveryFailures = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> deadLetters = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> dropped = new ConcurrentSkipListMap<>();
    private final Map<String, IntSupplier> sinkQueues = new ConcurrentSkipListMap<>();
    private final LongAdder checkpoints = new LongAdder();
    private final LongAdder checkpointFailures = new LongAdder();
    private volatile IntSupplier queueDepth = () -> 0;
    private volatile List<EntityTableUsage> entityTables = List.of();

    public ServerMetrics() {
        SEVERITIES.forEach(severity -> alertsBySeverity.put(severity, new LongAdder()));
        for (Verdict decision : Verdict.values()) {
            decisionsByKind.put(decision, new LongAdder());
        }
    }

    /** Counts events that went through the pipeline. */
    public void eventsProcessed(int count) {
        eventsProcessed.add(count);
    }

    /** Counts input lines that were skipped as malformed. */
    public void linesRejected(int count) {
        rejectedLines.add(count);
    }

    /** Counts an alert or a decision. */
    public void output(PipelineOutput output) {
        requireNonNull(output, "output is null");
        switch (output) {
            case Alert alert -> alertsBySeverity.get(alert.severity()).increment();
            case SigningDecision decision ->
                decisionsByKind.get(decision.decision()).increment();
        }
    }

    /** Counts a delivery to a sink that succeeded. */
    public void delivered(String sink) {
        counter(deliveries, sink).increment();
    }

    /** Counts a failed delivery attempt to a sink. */
    public void deliveryFailed(String sink) {
        counter(deliveryFailures, sink).increment();
    }

    /** Counts an alert written to the dead-letter file after the last failed attempt. */
    public void deadLettered(String sink) {
        counter(deadLetters, sink).increment();
    }

    /** Counts an alert dropped because a sink's queue was full. */
    public void dropped(String sink) {
        counter(dropped, sink).increment();
    }

    /** Counts a checkpoint written, or failed. */
    public void checkpoint(boolean succeeded) {
        (succeeded ? checkpoints : checkpointFailures).increment();
    }

    /** The source of the worker's queue depth gauge. */
    public void queueDepth(IntSupplier depth) {
        this.queueDepth = requireNonNull(depth, "depth is null");
    }

    /**
     * Publishes the pipeline's entity tables (a snapshot taken by the pipeline's worker thread after each batch; the
     * HTTP threads only ever read this copy).
     */
    public void entityTables(List<EntityTableUsage> tables) {
        this.entityTables = List.copyOf(tables);
    }

    /** The last published entity tables. */
    public List<EntityTableUsage> entityTables() {
        return entityTables;
    }

    /** Registers the queue depth gauge of one sink. */
    public void sinkQueueDepth(String sink, IntSupplier depth) {
        sinkQueues.put(requireNonNull(sink, "sink is null"), requireNonNull(depth, "depth is null"));
        counter(deliveries, sink);
        counter(deliveryFailures, sink);
        counter(deadLetters, sink);
        counter(dropped, sink);
    }

    public long eventsProcessed() {
        return eventsProcessed.sum();
    }

    public long rejectedLines() {
        return rejectedLines.sum();
    }

    public long deliveries(String sink) {
        return counter(deliveries, sink).sum();
    }

    public long deliveryFailures(String sink) {
        return counter(deliveryFailures, sink).sum();
    }

    public long deadLetters(String sink) {
        return counter(deadLetters, sink).sum();
    }

    /** Everything, in the Prometheus text exposition format (version 0.0.4). */
    public String prometheusText() {
        PrometheusText text = new PrometheusText();
        text.counter("custos_detect_events_processed_total", "Events processed by the pipeline.")
                .sample("", eventsProcessed.sum());
        text.counter("custos_detect_rejected_lines_total", "Input lines skipped as malformed.")
                .sample("", rejectedLines.sum());
        text.counter("custos_detect_alerts_total", "Alerts raised, by severity.");
        for (String severity : SEVERITIES) {
            text.sample(
                    PrometheusText.label("severity", severity),
                    alertsBySeverity.get(severity).sum());
        }
        text.counter("custos_detect_decisions_total", "Signing-gate decisions, by kind.");
        for (Verdict decision : Verdict.values()) {
            text.sample(
                    PrometheusText.label("decision", decision.wireName()),
                    decisionsByKind.get(decision).sum());
        }
        perSink(text, "custos_detect_sink_deliveries_total", "Alerts delivered, by sink.", deliveries);
        perSink(text, "custos_detect_sink_failures_total", "Failed delivery attempts, by sink.", deliveryFailures);
        perSink(text, "custos_detect_sink_dead_letters_total", "Alerts written to the dead-letter file.", deadLetters);
        perSink(text, "custos_detect_sink_dropped_total", "Alerts dropped because a sink queue was full.", dropped);
        text.gauge("custos_detect_sink_queue_depth", "Alerts waiting for delivery, by sink.");
        sinkQueues.forEach((sink, depth) -> text.sample(PrometheusText.label("sink", sink), depth.getAsInt()));
        text.gauge("custos_detect_queue_depth", "Requests waiting for the pipeline worker.")
                .sample("", queueDepth.getAsInt());
        entityGauges(text, entityTables);
        text.counter("custos_detect_checkpoints_total", "State checkpoints written.")
                .sample("", checkpoints.sum());
        text.counter("custos_detect_checkpoint_failures_total", "State checkpoints that failed.")
                .sample("", checkpointFailures.sum());
        return text.toString();
    }

    private static void entityGauges(PrometheusText text, List<EntityTableUsage> tables) {
        text.gauge("custos_detect_entities", "Entities held, by pipeline table.");
        tables.forEach(table -> text.sample(PrometheusText.label("table", table.table()), table.entities()));
        text.gauge("custos_detect_entity_limit", "The most entities a table may hold.");
        tables.forEach(table -> text.sample(PrometheusText.label("table", table.table()), table.limit()));
        text.counter("custos_detect_entities_expired_total", "Entities forgotten after the idle expiry, by table.");
        tables.forEach(table -> text.sample(PrometheusText.label("table", table.table()), table.expired()));
        text.counter(
                "custos_detect_entities_evicted_total", "Entities forgotten because the table was full, by table.");
        tables.forEach(table -> text.sample(PrometheusText.label("table", table.table()), table.evicted()));
    }

    private static void perSink(PrometheusText text, String name, String help, Map<String, LongAdder> counters) {
        text.counter(name, help);
        counters.forEach((sink, counter) -> text.sample(PrometheusText.label("sink", sink), counter.sum()));
    }

    private static LongAdder counter(Map<String, LongAdder> counters, String sink) {
        requireNonNull(sink, "sink is null");
        return counters.computeIfAbsent(sink, ignored -> new LongAdder());
    }
}
