package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.correlation.BeaconCorroboration;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventLog;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.network.NetworkDetector;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * What one pipeline run over a stream produced.
 *
 * @param events well-formed events processed
 * @param malformed lines the parser rejected (a simulator bug if not zero)
 * @param decisions the decision for each {@code custos.request.id}, in event-time order
 * @param alerts every alert, in event-time order
 * @param beacons the host→destination pairs ({@code host -> destination}) of the beaconing findings that alerts
 *     carried, or that an alerted entity still held at the end of the run: the beacons an analyst was shown
 * @param hostFindings likewise, the DNS-tunnelling, exfiltration and corroborated-beacon findings shown
 *     ({@code detector host})
 */
public record RunRecord(
        long events,
        long malformed,
        Map<String, Verdict> decisions,
        List<AlertRecord> alerts,
        Set<String> beacons,
        Set<String> hostFindings) {
    /** The host detectors whose findings {@link #hostFindings} counts. */
    static final Set<String> HOST_DETECTORS =
            Set.of(NetworkDetector.DNS_TUNNELLING, NetworkDetector.EXFILTRATION, BeaconCorroboration.NAME);

    /** A run whose alerts carried no beacon. */
    public RunRecord(long events, long malformed, Map<String, Verdict> decisions, List<AlertRecord> alerts) {
        this(events, malformed, decisions, alerts, Set.of(), Set.of());
    }

    /** Events handed to {@link DetectionPipeline#processBatch} at a time (two threads; the same outputs). */
    private static final int BATCH = 4_096;

    public RunRecord {
        if (events < 0 || malformed < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
        decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
        alerts = List.copyOf(alerts);
        beacons = Set.copyOf(new TreeSet<>(beacons));
        hostFindings = Set.copyOf(new TreeSet<>(hostFindings));
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
        Set<String> beacons = new TreeSet<>();
        Set<String> hostFindings = new TreeSet<>();
        Set<EntityRef> alertedEntities = new TreeSet<>();
        List<Event> events = log.events();
        for (int from = 0; from < events.size(); from += BATCH) {
            List<Event> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            for (List<PipelineOutput> outputs : pipeline.processBatch(batch)) {
                for (PipelineOutput output : outputs) {
                    switch (output) {
                        case SigningDecision decision -> decisions.put(decision.requestId(), decision.decision());
                        case Alert alert -> {
                            alerts.add(new AlertRecord(
                                    alert.timestamp(), alert.entity().id(), alert.severity()));
                            alertedEntities.add(alert.entity());
                            for (Finding finding : alert.findings()) {
                                if (finding.detector().equals(NetworkDetector.BEACONING)) {
                                    beacons.add(beaconPair(finding));
                                }
                                if (HOST_DETECTORS.contains(finding.detector())) {
                                    hostFindings.add(finding.detector() + " "
                                            + finding.primaryEntity().id());
                                }
                            }
                        }
                    }
                }
            }
        }
        // A beacon found after its host had already alerted at the same level raises no new alert but stays in the
        // alerted entity's accumulated findings, which the analyst reads with the alert: count those too.
        Set<EntityRef> alerted = new TreeSet<>(alertedEntities);
        for (Finding finding : pipeline.correlator()
                .combinedFindings(alerted, finding -> finding.detector().equals(NetworkDetector.BEACONING))) {
            beacons.add(beaconPair(finding));
        }
        for (Finding finding : pipeline.correlator()
                .combinedFindings(alerted, finding -> HOST_DETECTORS.contains(finding.detector()))) {
            hostFindings.add(finding.detector() + " " + finding.primaryEntity().id());
        }
        return new RunRecord(log.events().size(), log.malformed().size(), decisions, alerts, beacons, hostFindings);
    }

    /** {@code host -> destination} of a beaconing finding (its first feature is the destination). */
    private static String beaconPair(Finding finding) {
        return finding.primaryEntity().id() + " -> "
                + finding.features().getFirst().value();
    }
}
