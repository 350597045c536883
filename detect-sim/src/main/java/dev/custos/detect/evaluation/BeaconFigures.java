package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.simulation.SimulatedEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The beacon figures of the benign run: how many host→external destination pairs the hosts used, and how many of
 * them alerts showed as beacons (every one a false beacon, since the run holds no attack).
 *
 * @param hostDestinationPairs distinct pairs of {@code host.name} and destination ({@code destination.domain}, else
 *     {@code destination.ip}) among the benign flows
 * @param falseBeacons the benign pairs that alerts carried a beaconing finding for
 * @param falseBeaconPairs those pairs, for the report
 * @param falseHostFindings the DNS-tunnelling, exfiltration-volume and corroborated-beacon findings that alerts of
 *     the benign run showed ({@code detector host}), every one false
 */
public record BeaconFigures(
        long hostDestinationPairs, long falseBeacons, List<String> falseBeaconPairs, List<String> falseHostFindings) {
    /** No network traffic. */
    public static final BeaconFigures NONE = new BeaconFigures(0, 0, List.of(), List.of());

    public BeaconFigures {
        if (hostDestinationPairs < 0 || falseBeacons < 0 || falseBeacons > hostDestinationPairs) {
            throw new IllegalArgumentException("need 0 <= falseBeacons <= hostDestinationPairs");
        }
        falseBeaconPairs = List.copyOf(falseBeaconPairs);
        falseHostFindings = List.copyOf(falseHostFindings);
    }

    /** Counts the pairs of the benign events and the beacons the benign run's alerts showed. */
    public static BeaconFigures of(List<SimulatedEvent> benign, RunRecord run) {
        requireNonNull(benign, "benign is null");
        requireNonNull(run, "run is null");
        Set<String> pairs = new TreeSet<>();
        for (SimulatedEvent event : benign) {
            if (!"network".equals(event.fields().path("event.category").asText())
                    || !"flow".equals(event.fields().path("event.action").asText())) {
                continue;
            }
            String destination = event.fields().path("destination.domain").asText("");
            if (destination.isEmpty()) {
                destination = event.fields().path("destination.ip").asText("");
            }
            pairs.add(event.fields().path("host.name").asText() + " -> " + destination);
        }
        Set<String> falseBeacons = new TreeSet<>(run.beacons());
        return new BeaconFigures(
                pairs.size(), falseBeacons.size(), List.copyOf(falseBeacons), List.copyOf(run.hostFindings()));
    }

    /** False beacons per 1,000 host→destination pairs (0 without pairs). */
    public double falseBeaconsPerThousandPairs() {
        return hostDestinationPairs == 0 ? 0 : 1_000.0 * falseBeacons / hostDestinationPairs;
    }
}
