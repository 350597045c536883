package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import dev.custos.types.Verdict;
import java.util.Map;

/**
 * The benign run: the simulated organisation with no attack.
 *
 * @param people people simulated
 * @param days days simulated
 * @param events events processed
 * @param requests benign signing requests decided
 * @param escalated of which escalated
 * @param denied of which denied
 * @param alerts alerts raised
 * @param highAlerts of which high or critical
 */
public record BaselineResult(
        int people, int days, long events, long requests, long escalated, long denied, long alerts, long highAlerts) {
    public BaselineResult {
        if (people < 1 || days < 1) {
            throw new IllegalArgumentException("people and days must be positive");
        }
        if (events < 0 || requests < 0 || escalated < 0 || denied < 0 || alerts < 0 || highAlerts < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
        if (escalated + denied > requests || highAlerts > alerts) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }

    /** Counts a run in which every request is benign. */
    public static BaselineResult score(RunRecord run, int people, int days) {
        requireNonNull(run, "run is null");
        long escalated = count(run.decisions(), Verdict.ESCALATE);
        long denied = count(run.decisions(), Verdict.DENY);
        long high = run.alerts().stream().filter(AlertRecord::high).count();
        return new BaselineResult(
                people,
                days,
                run.events(),
                run.decisions().size(),
                escalated,
                denied,
                run.alerts().size(),
                high);
    }

    private static long count(Map<String, Verdict> decisions, Verdict wanted) {
        return decisions.values().stream().filter(wanted::equals).count();
    }

    /** Escalated or denied benign requests per 1,000 benign requests. */
    public double falseEscalationsPerThousand() {
        return requests == 0 ? 0 : 1_000.0 * (escalated + denied) / requests;
    }

    /** Alerts per day per 100 people. */
    public double alertsPerDayPerHundred() {
        return alerts * 100.0 / days / people;
    }

    /** High or critical alerts per day per 100 people. */
    public double highAlertsPerDayPerHundred() {
        return highAlerts * 100.0 / days / people;
    }
}
