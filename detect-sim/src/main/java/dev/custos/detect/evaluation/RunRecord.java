package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventLog;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.output.SigningDecision;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.types.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one pipeline run over a stream produced.
 *
 * @param events well-formed events processed
 * @param malformed lines the parser rejected (a simulator bug if not zero)
 * @param decisions the decision for each {@code custos.request.id}, in event-time order
 * @param alerts every alert, in event-time order
 */
public record RunRecord(long events, long malformed, Map<String, Verdict> decisions, List<AlertRecord> alerts) {
    /** Events handed to {@link DetectionPipeline#processBatch} at a time (two threads; the same outputs). */
    private static final int BATCH = 4_096;

    public RunRecord {
        if (events < 0 || malformed < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
        decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
        alerts = List.copyOf(alerts);
    }

    /**
     * Parses the lines with the detect module's parser, orders them by event time and runs them through
     * {@code pipeline} (which must be fresh).
     */
    public static RunRecord of(List<String> lines, DetectionPipeline pipeline) {
        requireNonNull(lines, "lines is null");
        requireNonNull(pipeline, "pipeline is null");
        EventLog log;
        try {
            log = EventLog.read(new BufferedReader(new StringReader(String.join("\n", lines))), malformed -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Verdict> decisions = new LinkedHashMap<>();
        List<AlertRecord> alerts = new ArrayList<>();
        List<Event> events = log.events();
        for (int from = 0; from < events.size(); from += BATCH) {
            List<Event> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            for (List<PipelineOutput> outputs : pipeline.processBatch(batch)) {
                for (PipelineOutput output : outputs) {
                    switch (output) {
                        case SigningDecision decision -> decisions.put(decision.requestId(), decision.decision());
                        case Alert alert ->
                            alerts.add(new AlertRecord(
                                    alert.timestamp(), alert.entity().id(), alert.severity()));
                    }
                }
            }
        }
        return new RunRecord(log.events().size(), log.malformed().size(), decisions, alerts);
    }
}
