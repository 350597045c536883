package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.JobBinding;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.Outcome;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * One attempt of a job in flight: the start it sent, and the outcomes of its current phase as the participants report
 * them. A phase completes when every participant reported; the first failure a node reports (or the engine finds, or a
 * timeout) fails the attempt. Safe for concurrent use.
 */
final class RunningJob {
    private final JobMessage.JobStart start;
    private final SessionId protocolSession;
    private Map<String, Outcome> collected = new TreeMap<>();
    private CompletableFuture<Map<String, Outcome>> phase = new CompletableFuture<>();
    private final CompletableFuture<Map<String, Outcome>> firstPhase = phase;
    private boolean over;

    RunningJob(JobMessage.JobStart start) {
        this.start = requireNonNull(start, "start is null");
        this.protocolSession = JobBinding.protocolSession(start);
    }

    /**
     * The first phase's outcomes: the participants' answers to the job start. The start is sent when the job is
     * launched, so the answers may all be in before the engine asks; this future is fixed at construction and cannot
     * be missed, where {@link #phase()} asked after the answers would be the next, never-completing phase.
     */
    CompletableFuture<Map<String, Outcome>> firstPhase() {
        return firstPhase;
    }

    JobMessage.JobStart start() {
        return start;
    }

    SessionId protocolSession() {
        return protocolSession;
    }

    boolean takesPart(String node) {
        return start.participants().contains(node);
    }

    /** The current phase's outcomes, by node, once all are in. Ask before sending what the phase answers. */
    synchronized CompletableFuture<Map<String, Outcome>> phase() {
        return phase;
    }

    synchronized void onOutcome(String node, Outcome outcome) {
        if (over || !takesPart(node)) {
            return;
        }
        if (outcome instanceof Outcome.Failed failed) {
            fail(new JobFailure(failed.kind(), failed.culprit(), Optional.of(node), failed.reason()));
            return;
        }
        if (collected.putIfAbsent(node, outcome) != null) {
            fail(JobFailure.found(FailureKind.PROTOCOL, Optional.of(node), "it reported twice in one phase"));
            return;
        }
        if (collected.size() == start.participants().size()) {
            CompletableFuture<Map<String, Outcome>> done = phase;
            Map<String, Outcome> results = collected;
            phase = new CompletableFuture<>();
            collected = new TreeMap<>();
            done.complete(results);
        }
    }

    /** Fails the attempt (idempotent: the first failure counts). */
    synchronized void fail(JobFailure failure) {
        if (!over) {
            over = true;
            phase.completeExceptionally(new AttemptFailedException(failure));
        }
    }

    /** The nodes that have not reported in the current phase. */
    synchronized Set<String> waitingFor() {
        TreeSet<String> waiting = new TreeSet<>(start.participants());
        waiting.removeAll(collected.keySet());
        return waiting;
    }

    /** Marks the attempt done: later reports are ignored. */
    synchronized void finish() {
        over = true;
    }

    synchronized boolean isOver() {
        return over;
    }

    @Override
    public String toString() {
        return "RunningJob[" + start.job() + "]";
    }
}
