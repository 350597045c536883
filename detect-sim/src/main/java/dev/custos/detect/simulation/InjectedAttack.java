package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One scenario injected into a simulated history.
 *
 * @param truth what the attack did
 * @param events the attack's events (to be merged with the history's)
 */
public record InjectedAttack(ScenarioTruth truth, List<SimulatedEvent> events) {
    public InjectedAttack {
        requireNonNull(truth, "truth is null");
        events = List.copyOf(events);
    }

    /**
     * Injects {@code scenario} with the theft on one of the last days of the history (at least a day before its end),
     * drawn from {@code seed} and the scenario's name: the same inputs give the same attack.
     */
    public static InjectedAttack inject(SimulatedOrganisation history, AttackScenario scenario, long seed) {
        requireNonNull(history, "history is null");
        requireNonNull(scenario, "scenario is null");
        SplittableRandom random =
                new SplittableRandom(seed * 31 + scenario.name().hashCode());
        SimulationSettings settings = history.settings();
        int latest = settings.days() - 2;
        int spread = Math.max(1, Math.min(5, settings.days() / 4));
        int day = latest - random.nextInt(spread);
        Instant theft = settings.start()
                .plus(Duration.ofDays(day))
                .plus(Duration.ofHours(6 + random.nextInt(14)))
                .plusSeconds(random.nextInt(3_600));
        AttackContext context = new AttackContext(history, random, theft);
        scenario.inject(context);
        return new InjectedAttack(context.truth(scenario.name(), scenario.modelledOn()), context.events());
    }
}
