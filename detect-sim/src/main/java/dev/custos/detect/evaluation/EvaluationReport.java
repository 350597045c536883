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
 */
public record EvaluationReport(SimulationSettings settings, BaselineResult baseline, List<ScenarioResult> scenarios) {
    public EvaluationReport {
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

    /** Scenarios with a high or critical alert before or at the first theft request. */
    public long alerted() {
        return scenarios.stream()
                .filter(result -> result.firstHighAlert().isPresent())
                .count();
    }
}
