package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.simulation.ScenarioTruth;
import dev.custos.types.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one injected attack.
 *
 * @param scenario the scenario's name
 * @param modelledOn the incident it follows
 * @param theftDecisions the gate's decision on each theft request, in time order
 * @param stolenUsd the sum of the theft requests
 * @param theftAmountsUsd the amount of each theft request, in the order of {@code theftDecisions}
 * @param firstHighAlert the first high or critical alert on an entity the attacker acted through, between the
 *     scenario's first event and the first theft request (inclusive)
 * @param theftTime the first theft request's time
 * @param walletContext benign requests on the first theft's wallet in the day before, and how many were held
 * @param beaconsInjected the host→destination pairs the attack's implants beaconed on
 * @param beaconsFound of them, those an alert showed as beacons
 */
public record ScenarioResult(
        String scenario,
        String modelledOn,
        List<Verdict> theftDecisions,
        double stolenUsd,
        List<Double> theftAmountsUsd,
        Optional<Instant> firstHighAlert,
        Instant theftTime,
        WalletContext walletContext,
        int beaconsInjected,
        int beaconsFound) {
    /** A result of a scenario without beacons. */
    public ScenarioResult(
            String scenario,
            String modelledOn,
            List<Verdict> theftDecisions,
            double stolenUsd,
            List<Double> theftAmountsUsd,
            Optional<Instant> firstHighAlert,
            Instant theftTime,
            WalletContext walletContext) {
        this(
                scenario,
                modelledOn,
                theftDecisions,
                stolenUsd,
                theftAmountsUsd,
                firstHighAlert,
                theftTime,
                walletContext,
                0,
                0);
    }

    public ScenarioResult {
        if (beaconsInjected < 0 || beaconsFound < 0 || beaconsFound > beaconsInjected) {
            throw new IllegalArgumentException("need 0 <= beaconsFound <= beaconsInjected for " + scenario);
        }
        requireNonNull(scenario, "scenario is null");
        requireNonNull(modelledOn, "modelledOn is null");
        theftDecisions = List.copyOf(theftDecisions);
        if (theftDecisions.isEmpty()) {
            throw new IllegalArgumentException("no theft decisions for " + scenario);
        }
        theftAmountsUsd = List.copyOf(theftAmountsUsd);
        if (theftAmountsUsd.size() != theftDecisions.size()) {
            throw new IllegalArgumentException("one amount per theft decision needed for " + scenario);
        }
        requireNonNull(firstHighAlert, "firstHighAlert is null");
        requireNonNull(theftTime, "theftTime is null");
        requireNonNull(walletContext, "walletContext is null");
        if (firstHighAlert.isPresent() && firstHighAlert.get().isAfter(theftTime)) {
            throw new IllegalArgumentException("an alert after the theft is not a lead: " + scenario);
        }
    }

    /**
     * Scores a run against the scenario's ground truth. A theft request with no decision counts as allowed (it was
     * never stopped).
     */
    public static ScenarioResult score(ScenarioTruth truth, RunRecord run, WalletContext walletContext) {
        requireNonNull(truth, "truth is null");
        requireNonNull(run, "run is null");
        List<Verdict> decisions = truth.theftRequests().stream()
                .map(id -> run.decisions().getOrDefault(id, Verdict.ALLOW))
                .toList();
        Optional<Instant> alert = run.alerts().stream()
                .filter(AlertRecord::high)
                .filter(record -> truth.entities().contains(record.entity()))
                .map(AlertRecord::time)
                .filter(time -> !time.isBefore(truth.start()) && !time.isAfter(truth.theftTime()))
                .findFirst();
        return new ScenarioResult(
                truth.scenario(),
                truth.modelledOn(),
                decisions,
                truth.stolenUsd(),
                truth.theftAmountsUsd(),
                alert,
                truth.theftTime(),
                walletContext,
                truth.beacons().size(),
                (int) truth.beacons().stream().filter(run.beacons()::contains).count());
    }

    /** True when the first theft request was escalated or denied: the theft would not have gone through as asked. */
    public boolean stopped() {
        return theftDecisions.getFirst() != Verdict.ALLOW;
    }

    /** The decision on the first theft request. */
    public Verdict firstDecision() {
        return theftDecisions.getFirst();
    }

    /** How many theft requests were escalated or denied. */
    public long held() {
        return theftDecisions.stream()
                .filter(decision -> decision != Verdict.ALLOW)
                .count();
    }

    /**
     * The share of the requested value whose requests were escalated or denied, 0..1 (1 when nothing was requested):
     * how much of a drain the gate held from its first request on.
     */
    public double heldValueShare() {
        double total = 0;
        double held = 0;
        for (int i = 0; i < theftDecisions.size(); i++) {
            total += theftAmountsUsd.get(i);
            if (theftDecisions.get(i) != Verdict.ALLOW) {
                held += theftAmountsUsd.get(i);
            }
        }
        return total > 0 ? held / total : stopped() ? 1 : 0;
    }

    /** How long before the first theft request the first high alert came (zero when raised by the theft itself). */
    public Optional<Duration> leadTime() {
        return firstHighAlert.map(time -> Duration.between(time, theftTime));
    }
}
