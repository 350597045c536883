package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.simulation.SimulationSettings;
import java.util.List;

/**
 * Everything one evaluation measured.
 *
 * @param settings the simulated organisation
 * @param baseline the run without attacks
 * @param scenarios one result per injected scenario, each from its own run
 * @param beacons the benign run's host→destination pairs and false beacons
 */
public record EvaluationReport(
        SimulationSettings settings, BaselineResult baseline, List<ScenarioResult> scenarios, BeaconFigures beacons) {
    /** A report without network figures. */
    public EvaluationReport(SimulationSettings settings, BaselineResult baseline, List<ScenarioResult> scenarios) {
        this(settings, baseline, scenarios, BeaconFigures.NONE);
    }

    public EvaluationReport {
        requireNonNull(beacons, "beacons is null");
        requireNonNull(settings, "settings is null");
        requireNonNull(baseline, "baseline is null");
        scenarios = List.copyOf(scenarios);
    }

    /** The share of scenarios whose first theft request was escalated or denied (0 with no scenarios). */
    public double detectionRate() {
        return scenarios.isEmpty() ? 0 : (double) stopped() / scenarios.size();
    }

    /** Scenarios whose first theft request was escalated or denied. */
    public long stopped() {
        return scenarios.stream().filter(ScenarioResult::stopped).count();
    }

    /** Beacons injected across the scenarios, and of them those an alert showed. */
    public long beaconsInjected() {
        return scenarios.stream().mapToLong(ScenarioResult::beaconsInjected).sum();
    }

    /** Injected beacons an alert showed. */
    public long beaconsFound() {
        return scenarios.stream().mapToLong(ScenarioResult::beaconsFound).sum();
    }

    /** Scenarios with a high or critical alert before or at the first theft request. */
    public long alerted() {
        return scenarios.stream()
                .filter(result -> result.firstHighAlert().isPresent())
                .count();
    }
}
