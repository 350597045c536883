package dev.custos.coordinator.job;

import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Checks that every node reported the outcome a phase expects, blaming any that reported something else. */
final class Results {
    private Results() {}

    static <T extends Outcome> Map<String, T> expect(Map<String, Outcome> outcomes, Class<T> type) {
        Map<String, T> typed = new TreeMap<>();
        outcomes.forEach((node, outcome) -> {
            if (!type.isInstance(outcome)) {
                throw failed(
                        FailureKind.PROTOCOL,
                        Optional.of(node),
                        "it reported " + outcome + " where " + type.getSimpleName() + " was expected");
            }
            typed.put(node, type.cast(outcome));
        });
        return typed;
    }

    static AttemptFailedException failed(FailureKind kind, Optional<String> culprit, String reason) {
        return new AttemptFailedException(JobFailure.found(kind, culprit, reason));
    }
}
