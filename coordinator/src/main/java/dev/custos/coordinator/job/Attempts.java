package dev.custos.coordinator.job;

import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;

/**
 * Runs a job's attempts until one succeeds: each attempt is a new job with a new session id (the attempt function
 * builds it), a failed attempt's proven culprit is left out of the next one, and a refusal is not retried (the nodes
 * would refuse again). After the last attempt the future fails with a {@link JobFailedException} listing every
 * attempt's failure.
 */
final class Attempts {
    private Attempts() {}

    /** The attempt function: attempt number (from 1) and the nodes to leave out. */
    static <T> CompletableFuture<T> run(
            String what, int attempts, BiFunction<Integer, Set<String>, CompletableFuture<T>> attempt) {
        return next(what, attempts, attempt, 1, new TreeSet<>(), new ArrayList<>());
    }

    private static <T> CompletableFuture<T> next(
            String what,
            int attempts,
            BiFunction<Integer, Set<String>, CompletableFuture<T>> attempt,
            int number,
            Set<String> excluded,
            List<JobFailure> failures) {
        CompletableFuture<T> current;
        try {
            current = attempt.apply(number, Set.copyOf(excluded));
        } catch (AttemptFailedException e) {
            current = CompletableFuture.failedFuture(e);
        }
        return current.exceptionallyCompose(error -> {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (!(cause instanceof AttemptFailedException failed)) {
                return CompletableFuture.<T>failedFuture(cause);
            }
            failures.add(failed.failure());
            if (failed.failure().kind() == FailureKind.REFUSED || number >= attempts) {
                return CompletableFuture.<T>failedFuture(new JobFailedException(what, failures));
            }
            failed.failure()
                    .culprit()
                    .filter(culprit -> !culprit.equals(Outcome.Failed.COORDINATOR))
                    .ifPresent(excluded::add);
            return next(what, attempts, attempt, number + 1, excluded, failures);
        });
    }
}
