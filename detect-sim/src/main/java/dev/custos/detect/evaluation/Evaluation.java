package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.simulation.AttackScenario;
import dev.custos.detect.simulation.EventStream;
import dev.custos.detect.simulation.InjectedAttack;
import dev.custos.detect.simulation.OrganisationSimulator;
import dev.custos.detect.simulation.SimulatedEvent;
import dev.custos.detect.simulation.SimulatedOrganisation;
import dev.custos.detect.simulation.SimulationSettings;
import dev.custos.types.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the evaluation: one benign run of the simulated organisation (false escalations and alert volume), then, for
 * each scenario, a fresh pipeline over the same history with only that attack injected (so attacks do not mask or
 * warn of each other).
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * Evaluates the scenarios against pipelines from {@code pipelines} (a fresh one per run); {@code progress} hears a
     * line per finished run.
     */
    public static EvaluationReport run(
            SimulationSettings settings,
            List<AttackScenario> scenarios,
            Supplier<DetectionPipeline> pipelines,
            Consumer<String> progress) {
        requireNonNull(settings, "settings is null");
        requireNonNull(scenarios, "scenarios is null");
        requireNonNull(pipelines, "pipelines is null");
        requireNonNull(progress, "progress is null");
        SimulatedOrganisation history = OrganisationSimulator.simulate(settings);
        RunRecord benign = RunRecord.of(EventStream.lines(List.of(history.events())), pipelines.get());
        requireWellFormed(benign, "benign history");
        BaselineResult baseline = BaselineResult.score(benign, settings.people(), settings.days());
        BeaconFigures beacons = BeaconFigures.of(history.events(), benign);
        progress.accept("benign: " + baseline.events() + " events, " + baseline.requests() + " signing requests, "
                + baseline.alerts() + " alerts, " + beacons.falseBeacons() + " false beacons in "
                + beacons.hostDestinationPairs() + " host-destination pairs");
        List<ScenarioResult> results = new ArrayList<>();
        for (AttackScenario scenario : scenarios) {
            InjectedAttack attack = InjectedAttack.inject(history, scenario, settings.seed());
            RunRecord run =
                    RunRecord.of(EventStream.lines(List.of(history.events(), attack.events())), pipelines.get());
            requireWellFormed(run, scenario.name());
            ScenarioResult result = ScenarioResult.score(attack.truth(), run, walletContext(history, attack, benign));
            results.add(result);
            progress.accept(scenario.name() + ": first theft request "
                    + result.firstDecision().wireName());
        }
        return new EvaluationReport(settings, baseline, results, beacons);
    }

    /** Benign requests on the first theft request's wallet in the 24 hours before it, and how many were held. */
    static WalletContext walletContext(SimulatedOrganisation history, InjectedAttack attack, RunRecord benign) {
        String theftId = attack.truth().theftRequests().getFirst();
        String wallet = attack.events().stream()
                .map(SimulatedEvent::fields)
                .filter(fields ->
                        theftId.equals(fields.path("custos.request.id").asText(null)))
                .map(fields -> fields.path("custos.wallet.id").asText())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("theft request " + theftId + " not among the events"));
        Instant end = attack.truth().theftTime();
        Instant start = end.minus(Duration.ofHours(24));
        long requests = 0;
        long held = 0;
        for (SimulatedEvent event : history.events()) {
            if (event.time().isBefore(start)
                    || !event.time().isBefore(end)
                    || !wallet.equals(event.fields().path("custos.wallet.id").asText())
                    || !"signing.request"
                            .equals(event.fields().path("event.action").asText())) {
                continue;
            }
            requests++;
            Verdict decision = benign.decisions()
                    .get(event.fields().path("custos.request.id").asText());
            if (decision != null && decision != Verdict.ALLOW) {
                held++;
            }
        }
        return new WalletContext(requests, held);
    }

    private static void requireWellFormed(RunRecord run, String what) {
        if (run.malformed() > 0) {
            throw new IllegalStateException(what + ": the simulator produced " + run.malformed() + " malformed lines");
        }
    }
}
