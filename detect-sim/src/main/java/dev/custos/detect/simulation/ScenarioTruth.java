package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an injected attack did, kept outside the event stream.
 *
 * @param scenario the scenario's name
 * @param modelledOn the real incident it follows
 * @param start the time of its first event
 * @param theftTime the time of its first theft request
 * @param theftRequests the {@code custos.request.id}s that move the stolen funds, in time order
 * @param attackRequests every request the scenario made (theft and preparation), never counted as benign
 * @param entities the identities and wallets the attacker acted through; alerts on them after {@code start} count as
 *     detections
 * @param stolenUsd the sum requested by the theft requests
 * @param theftAmountsUsd the amount of each theft request, in the order of {@code theftRequests}
 * @param beacons the host→destination pairs ({@code host -> destination}) the attack's implants beaconed on
 */
public record ScenarioTruth(
        String scenario,
        String modelledOn,
        Instant start,
        Instant theftTime,
        List<String> theftRequests,
        Set<String> attackRequests,
        Set<String> entities,
        double stolenUsd,
        List<Double> theftAmountsUsd,
        Set<String> beacons) {
    /** A truth without beacons. */
    public ScenarioTruth(
            String scenario,
            String modelledOn,
            Instant start,
            Instant theftTime,
            List<String> theftRequests,
            Set<String> attackRequests,
            Set<String> entities,
            double stolenUsd,
            List<Double> theftAmountsUsd) {
        this(
                scenario,
                modelledOn,
                start,
                theftTime,
                theftRequests,
                attackRequests,
                entities,
                stolenUsd,
                theftAmountsUsd,
                Set.of());
    }

    public ScenarioTruth {
        requireNonNull(scenario, "scenario is null");
        requireNonNull(modelledOn, "modelledOn is null");
        requireNonNull(start, "start is null");
        requireNonNull(theftTime, "theftTime is null");
        theftRequests = List.copyOf(theftRequests);
        attackRequests = Set.copyOf(new TreeSet<>(attackRequests));
        entities = Set.copyOf(new TreeSet<>(entities));
        if (theftRequests.isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario + " has no theft request");
        }
        if (!attackRequests.containsAll(theftRequests)) {
            throw new IllegalArgumentException(
                    "scenario " + scenario + ": theft requests missing from attack requests");
        }
        if (start.isAfter(theftTime)) {
            throw new IllegalArgumentException("scenario " + scenario + " starts after its theft");
        }
        theftAmountsUsd = List.copyOf(theftAmountsUsd);
        if (theftAmountsUsd.size() != theftRequests.size()) {
            throw new IllegalArgumentException("scenario " + scenario + ": " + theftAmountsUsd.size() + " amounts for "
                    + theftRequests.size() + " theft requests");
        }
        beacons = Set.copyOf(new TreeSet<>(beacons));
        if (!(stolenUsd >= 0)) {
            throw new IllegalArgumentException("stolenUsd must be non-negative: " + stolenUsd);
        }
    }
}
